package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.ArticleSummary;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

class JsonFormatTest {
    private final JsonFormat json = new JsonFormat();

    @Test
    void roundTripKeepsEveryFieldOfEveryType() throws Exception {
        var questions = SampleQuestions.all();

        var imported = json.read(json.write("Summit", questions).data());

        assertEquals(List.of(), imported.problems());
        assertEquals(questions.size(), imported.questions().size());
        for (int i = 0; i < questions.size(); i++) {
            Carried.EVERYTHING.assertSame(questions.get(i), imported.questions().get(i));
        }
    }

    @Test
    void writesTheCoreContract() throws Exception {
        var set = new QuestionSet(new ArticleSummary("Summit", 600), List.of(SampleQuestions.numeric()));

        var tree = new ObjectMapper().readTree(json.write(set).data());

        assertEquals("Summit", tree.at("/article/title").asText());
        assertEquals(600, tree.at("/article/wordCount").asInt());
        assertEquals("NUMERIC", tree.at("/questions/0/type").asText());
        assertEquals(0.5, tree.at("/questions/0/tolerance").asDouble());
        assertEquals(50, tree.at("/questions/0/evidence/0/start").asInt());
    }

    @Test
    void readsTheSampleFileAndNamesEachWrongField() throws Exception {
        var result = json.read(SampleFiles.bytes("coastal-storm.json"));

        assertEquals(List.of(
                new Question("storm-1", QuestionType.MULTIPLE_CHOICE, "Which town lost power first?",
                        List.of("Harwick", "Selby Bay", "Morden"), List.of("Selby Bay"), "Selby Bay lost power at dawn.",
                        List.of(new Evidence("Selby Bay", 10, 19)), 0.35, List.of("weather", "places"), 0),
                new Question("storm-2", QuestionType.NUMERIC, "How many homes were evacuated?", List.of(),
                        List.of("1200"), "", List.of(), 0.5, List.of(), 50),
                new Question("storm-3", QuestionType.ORDERING, "Order the warnings.", List.of("Red", "Yellow", "Amber"),
                        List.of("Yellow", "Amber", "Red"), "", List.of(), 0.6, List.of(), 0)),
                result.questions());
        var problems = result.problems();
        assertEquals(List.of(4, 5, 6, 7, 8, 9), problems.stream().map(ImportProblem::position).toList());
        assertTrue(problems.get(0).reason().startsWith("\"type\" must be one of [MULTIPLE_CHOICE"), problems.get(0).reason());
        assertEquals("\"answers\" must be an array of strings", problems.get(1).reason());
        assertEquals("difficulty must lie in [0, 1]: 1.5", problems.get(2).reason());
        assertEquals("unknown field \"answer\"", problems.get(3).reason());
        assertEquals("evidence span [5,9) does not fit its text", problems.get(4).reason());
        assertEquals("a question must be a JSON object", problems.get(5).reason());
        assertEquals("not a question", problems.get(5).item());
    }
}
