package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsquiz.core.exchange.SampleFiles.question;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;

class AikenFormatTest {
    private final AikenFormat aiken = new AikenFormat();

    @Test
    void roundTripKeepsSingleAnswerChoicesAndSkipsTheRest() throws Exception {
        var export = aiken.write("t", SampleQuestions.all());

        assertEquals(List.of("q-mr", "q-fib", "q-match", "q-order", "q-num"),
                export.skipped().stream().map(ExportResult.SkippedQuestion::questionId).toList());
        assertEquals("Aiken holds single-answer multiple choice only, not MULTIPLE_RESPONSE", export.skipped().get(0).reason());
        var imported = aiken.read(export.data());
        var written = List.of(SampleQuestions.multipleChoice(), SampleQuestions.trueFalse(), SampleQuestions.quoteAttribution());
        assertEquals(List.of(), imported.problems());
        assertEquals(written.size(), imported.questions().size());
        for (int i = 0; i < written.size(); i++) {
            Carried.CHOICES_ONLY.assertSame(written.get(i), imported.questions().get(i));
        }
        assertEquals(List.of("aiken-1", "aiken-2", "aiken-3"), imported.questions().stream().map(q -> q.id()).toList());
    }

    @Test
    void writesLetteredOptionsAndTheAnswerLetter() {
        String out = new String(aiken.write("", List.of(SampleQuestions.quoteAttribution())).data(), StandardCharsets.UTF_8);

        assertEquals("Who said: \"We want a lasting peace, not a pause\"?\nA. Zelensky\nB. Macron\nC. Starmer\nANSWER: A\n\n", out);
    }

    @Test
    void readsTheSampleFile() throws Exception {
        var result = aiken.read(SampleFiles.bytes("drought.aiken.txt"));

        assertEquals(List.of(
                question("aiken-1", QuestionType.MULTIPLE_CHOICE, "Which river runs through the drought-hit valley?",
                        List.of("Guadiana", "Tagus", "Douro"), List.of("Guadiana"), "", List.of(), 0),
                question("aiken-2", QuestionType.TRUE_FALSE, "The reservoir is below a third of its capacity.",
                        List.of("True", "False"), List.of("False"), "", List.of(), 0),
                question("aiken-5", QuestionType.MULTIPLE_CHOICE, "Which town rationed water first?",
                        List.of("Tavira", "Loulé"), List.of("Loulé"), "", List.of(), 0)),
                result.questions());
        assertEquals(List.of(
                new ImportProblem(3, "Farmers were asked to cut water use by …", "the answer C is not one of the options"),
                new ImportProblem(4, "How many wells were dug?", "the question has no ANSWER line after its options")),
                result.problems());
    }
}
