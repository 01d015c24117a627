package org.newsquiz.core.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

class GraderTest {
    private final Grader grader = new Grader();

    private static Question question(QuestionType type, List<String> options, List<String> answers, double tolerance) {
        return new Question("q", type, "prompt", options, answers, "", List.of(new Evidence("x", 0, 1)), 0.5,
                List.of(), tolerance);
    }

    @Test
    void singleAnswerNeedsExactlyTheRightOption() {
        Question q = question(QuestionType.MULTIPLE_CHOICE, List.of("Kyiv", "Sumy", "Kharkiv"), List.of("Kharkiv"), 0);
        assertEquals(1, grader.score(q, List.of("Kharkiv")));
        assertEquals(0, grader.score(q, List.of("Sumy")));
        assertEquals(0, grader.score(q, List.of("Kharkiv", "Sumy")));
        assertEquals(0, grader.score(q, List.of()));
    }

    @Test
    void multipleResponseGivesPartialCreditAndPenalisesWrongChoices() {
        Question q = question(QuestionType.MULTIPLE_RESPONSE, List.of("A", "B", "C", "D"), List.of("A", "B"), 0);
        assertEquals(1, grader.score(q, List.of("A", "B")));
        assertEquals(0.5, grader.score(q, List.of("A")));
        assertEquals(0, grader.score(q, List.of("A", "C")));
        assertEquals(0, grader.score(q, List.of("C", "D")));
    }

    @Test
    void fillInBlankIgnoresCaseAccentsSpacesAndEdgePunctuation() {
        Question q = question(QuestionType.FILL_IN_BLANK, List.of(), List.of("Zelenskyy", "Zelensky"), 0);
        assertEquals(1, grader.score(q, List.of("  zelensky. ")));
        assertEquals(1, grader.score(q, List.of("ZÉLENSKYY")));
        assertEquals(0, grader.score(q, List.of("Zelen")));
        assertEquals(0, grader.score(q, List.of("")));
    }

    @Test
    void numericAcceptsValuesWithinTolerance() {
        Question q = question(QuestionType.NUMERIC, List.of(), List.of("2014"), 1);
        assertEquals(1, grader.score(q, List.of("2015")));
        assertEquals(1, grader.score(q, List.of("2,014")));
        assertEquals(0, grader.score(q, List.of("2016")));
        assertEquals(0, grader.score(q, List.of("twenty")));
    }

    @Test
    void matchingAndOrderingGivePartialCredit() {
        Question matching = question(QuestionType.MATCHING, List.of("x", "y"), List.of("a → x", "b → y"), 0);
        assertEquals(0.5, grader.score(matching, List.of("a → x", "b → x")));
        Question ordering = question(QuestionType.ORDERING, List.of("c", "a", "b", "d"), List.of("a", "b", "c", "d"), 0);
        assertEquals(1, grader.score(ordering, List.of("a", "b", "c", "d")));
        assertEquals(0.5, grader.score(ordering, List.of("b", "a", "c", "d")));
    }
}
