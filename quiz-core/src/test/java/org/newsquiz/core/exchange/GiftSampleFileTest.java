package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsquiz.core.exchange.SampleFiles.pair;
import static org.newsquiz.core.exchange.SampleFiles.question;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;

class GiftSampleFileTest {
    private static final List<String> COUNCILLORS = List.of("Ms Okafor", "Mr Lindqvist", "Mrs Baptiste");

    @Test
    void readsEveryQuestionOfTheSampleFile() throws Exception {
        var result = new GiftFormat().read(SampleFiles.bytes("local-news.gift.txt"));

        assertEquals(List.of(
                question("bridge-cost", QuestionType.MULTIPLE_CHOICE, "The council approved the footbridge for how much?",
                        List.of("1.2 million", "2.4 million", "3 million"), List.of("2.4 million"),
                        "The first estimate was 1.2 million: it doubled.", List.of("local", "budget"), 0),
                question("gift-3", QuestionType.MULTIPLE_CHOICE, "The new bridge crosses the _____ near the old mill.",
                        List.of("canal", "river", "railway"), List.of("river"), "", List.of(), 0),
                question("Votes", QuestionType.MULTIPLE_RESPONSE, "Which councillors voted in favour?",
                        COUNCILLORS, List.of("Ms Okafor", "Mr Lindqvist"), "", List.of(), 0),
                question("Opening", QuestionType.TRUE_FALSE, "The bridge opens before the summer.",
                        List.of("True", "False"), List.of("True"), "", List.of(), 0),
                question("gift-6", QuestionType.TRUE_FALSE, "Work starts in spring.",
                        List.of("True", "False"), List.of("False"), "", List.of(), 0),
                question("Engineer", QuestionType.FILL_IN_BLANK, "Which firm designed the bridge {and its ramps}?",
                        List.of(), List.of("Halden & Vik", "Halden and Vik"), "", List.of(), 0),
                question("Wards", QuestionType.MATCHING, "Match each ward with its councillor.", COUNCILLORS,
                        List.of(pair("North ward", "Ms Okafor"), pair("Mill ward", "Mr Lindqvist"),
                                pair("Harbour ward", "Mrs Baptiste")), "", List.of(), 0),
                question("Length", QuestionType.NUMERIC, "How long is the bridge, in metres?", List.of(),
                        List.of("84"), "It is 84 m: about the length of a pitch.", List.of(), 2),
                question("Year", QuestionType.NUMERIC, "In which year did the old ferry stop?", List.of(),
                        List.of("1995"), "", List.of(), 1),
                question("Width", QuestionType.NUMERIC, "How wide is the deck, in metres?", List.of(),
                        List.of("3.5"), "", List.of(), 0)),
                result.questions());
        assertEquals(List.of(
                new ImportProblem(12, "Opinion", "an essay question ({}) has no answer to import"),
                new ImportProblem(13, "This line is only a description of the …",
                        "no answers in braces: a description is not a question"),
                new ImportProblem(14, "Broken", "the answer block is not closed with '}'")),
                result.problems());
    }
}
