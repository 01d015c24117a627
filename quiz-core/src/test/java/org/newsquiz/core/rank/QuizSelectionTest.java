package org.newsquiz.core.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.question.QuestionType;

class QuizSelectionTest {
    private static final Draft ROLES = new Draft(QuestionType.MATCHING, "Match each person with the role the article gives them.",
            List.of("mayor", "judge", "coach"), List.of("Ann Berg → mayor", "Bo Lind → judge", "Cai Holm → coach"), 0, 2, 0.5,
            List.of(), 0, "matching:roles", List.of("role:ann", "role:bo", "role:cai"));
    private static final Draft ANN_TRUE = new Draft(QuestionType.TRUE_FALSE, "True or false? The article describes Ann Berg as the mayor.",
            List.of("True", "False"), List.of("True"), 0, 0, 0.3, List.of(), 0, "role-tf:ann");
    private static final Draft BO_FALSE = new Draft(QuestionType.TRUE_FALSE, "True or false? The article describes Bo Lind as the coach.",
            List.of("True", "False"), List.of("False"), 1, 1, 0.3, List.of(), 0, "role-tf:bo");
    private static final Draft ORDERING = new Draft(QuestionType.ORDERING, "Put these events in the order in which they happened, earliest first.",
            List.of("The bridge opened", "The mill closed", "The club was founded"),
            List.of("The club was founded", "The mill closed", "The bridge opened"), 3, 5, 0.6, List.of(), 0, "ordering",
            List.of("when:3:1901", "when:4:1950", "when:5:1999"));
    private static final Draft YEARS = new Draft(QuestionType.MATCHING, "Match each event with the year in which it happened, according to the article.",
            List.of("1901", "1950", "1999"), List.of("The club was founded → 1901", "The mill closed → 1950", "The bridge opened → 1999"),
            3, 5, 0.5, List.of(), 0, "matching:years", List.of("when:3:1901", "when:4:1950", "when:5:1999"));
    private static final Draft MILL_YEAR = new Draft(QuestionType.MULTIPLE_CHOICE, "In which year did the mill close?",
            List.of("1948", "1950", "1951", "1953"), List.of("1950"), 4, 4, 0.4, List.of(), 0, "when:4:1950");

    /** Questions on facts of their own that share no words with the ones above. */
    private static List<Draft> others(int n) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String tag = Character.toString('a' + i % 26) + Character.toString('a' + i / 26);
            out.add(new Draft(QuestionType.FILL_IN_BLANK, "Fill in the blank: Quq" + tag + " zent" + tag + " _____ wov" + tag + ".",
                    List.of(), List.of("Yix" + tag), 6 + i, 6 + i, 0.5, List.of(), 0, "other:" + i));
        }
        return out;
    }

    private static List<Draft> ranked(List<Draft> first, int others) {
        List<Draft> out = new ArrayList<>(first);
        out.addAll(others(others));
        return out;
    }

    @Test
    void aTrueOrFalseOnAMatchedPairIsLeftOutWhileOtherQuestionsRemain() {
        List<Draft> quiz = QuizSelection.select(ranked(List.of(ROLES, ANN_TRUE, BO_FALSE), 30), 40);
        assertTrue(quiz.contains(ROLES));
        assertFalse(quiz.contains(ANN_TRUE), "a true statement of a matched pair");
        assertFalse(quiz.contains(BO_FALSE), "a false statement on a matched person");
    }

    @Test
    void aSingleQuestionOnAnOrderingItemAndASecondCompositeOnTheSameEventsAreLeftOut() {
        List<Draft> quiz = QuizSelection.select(ranked(List.of(ORDERING, YEARS, MILL_YEAR), 30), 40);
        assertTrue(quiz.contains(ORDERING));
        assertFalse(quiz.contains(YEARS));
        assertFalse(quiz.contains(MILL_YEAR));
    }

    @Test
    void aShortQuizTakesTheRepeatsOfACompositeBeforeItFallsShortOfTheFloor() {
        List<Draft> quiz = QuizSelection.select(ranked(List.of(ROLES, ANN_TRUE), 5), 40);
        assertTrue(quiz.contains(ANN_TRUE));
        assertEquals(7, quiz.size());
    }

    @Test
    void aDraftThatShowsAnothersAnswerIsLeftOutAboveTheHardFloorAndTakenBelowIt() {
        Draft blank = new Draft(QuestionType.FILL_IN_BLANK, "Fill in the blank: Mayor _____ opened the new harbour bridge.",
                List.of(), List.of("Ann Berg"), 0, 0, 0.5, List.of(), 0, "role-fib:ann-harbour");
        Draft shows = new Draft(QuestionType.TRUE_FALSE, "True or false? Mayor Ann Berg opened the new harbour bridge in May.",
                List.of("True", "False"), List.of("True"), 1, 1, 0.3, List.of(), 0, "opened:1");
        List<Draft> roomy = QuizSelection.select(ranked(List.of(blank, shows), QuizSelection.HARD_FLOOR), 40);
        assertEquals(QuizSelection.HARD_FLOOR + 1, roomy.size());
        assertFalse(roomy.contains(shows) && roomy.contains(blank));
        List<Draft> tight = QuizSelection.select(ranked(List.of(blank, shows), 3), 40);
        assertTrue(tight.contains(shows) && tight.contains(blank));
    }

    @Test
    void aNameAmongTheWrongOptionsGivesNothingAway() {
        Draft blank = new Draft(QuestionType.FILL_IN_BLANK, "Fill in the blank: Trump met Russian President _____ in Alaska.",
                List.of(), List.of("Putin"), 0, 0, 0.5, List.of(), 0, "role-fib:putin");
        Draft quote = new Draft(QuestionType.QUOTE_ATTRIBUTION, "Who said: \u201CThe Russian president met us in Alaska.\u201D?",
                List.of("Donald Trump", "Putin", "Ann Berg"), List.of("Donald Trump"), 1, 1, 0.3, List.of(), 0, "quote:1");
        Draft whoIs = new Draft(QuestionType.MULTIPLE_CHOICE, "Who is described in the article as the Russian President?",
                List.of("Donald Trump", "Putin", "Ann Berg"), List.of("Putin"), 2, 2, 0.3, List.of(), 0, "role:putin-other");
        assertFalse(QuizSelection.givesAway(quote, blank));
        assertTrue(QuizSelection.givesAway(whoIs, blank));
    }
}
