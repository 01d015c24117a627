package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;

class NumberQuestionsTest {
    private static final NumberQuestions NUMBERS = new NumberQuestions();

    @Test
    void aNounBeforeTheCountedOneIsPartOfWhatIsCounted() {
        List<String> blanks = Drafts.prompts(new NumberQuestions(),
                "Doctors followed more than 2,400 cancer patients for five years in the trial.", QuestionType.FILL_IN_BLANK);
        assertTrue(blanks.contains("Fill in the blank: Doctors followed more than _____ cancer patients for five years in the trial."),
                blanks.toString());
    }

    @Test
    void countQuestionsKeepThePluralAndLowerCaseASentenceInitialNoun() {
        List<String> numeric = Drafts.prompts(NUMBERS, "Pupils spent three hours a week in the lab. Officials recorded 12 cases in November, "
                + "and the clinic treated them.", QuestionType.NUMERIC);
        assertEquals(List.of("How many cases did officials record in November?"), numeric);
    }

    @Test
    void aParticipleBetweenTheNumberAndItsNounStillMakesACount() {
        List<String> blanks = Drafts.prompts(NUMBERS, "So far, Moscow has demanded a full withdrawal from all four contested regions "
                + "as a prerequisite for peace.", QuestionType.FILL_IN_BLANK);
        assertEquals(List.of("Fill in the blank: So far, Moscow has demanded a full withdrawal from all _____ contested regions "
                + "as a prerequisite for peace."), blanks);
    }

    @Test
    void aCountOfOneIsNeverAsked() {
        List<Draft> drafts = Drafts.of(NUMBERS, "Pupils spent one hour a week writing programs on tablets.");
        assertTrue(drafts.stream().noneMatch(d -> d.answers().contains("1")), drafts.toString());
    }

    @Test
    void aSentenceWithSeveralNumbersGetsOneBlankAndNoBlankOnTwo() {
        List<String> blanks = Drafts.prompts(NUMBERS, "Board member Karel Dijkstra, one of the two members who voted against the plan, "
                + "asked who would repair the 5,200 tablets the schools will need.", QuestionType.FILL_IN_BLANK);
        assertEquals(1, blanks.size(), blanks.toString());
        assertTrue(blanks.get(0).contains("the _____ tablets"), blanks.get(0));
    }

    @Test
    void halfOfAHyphenatedNumberIsNotBlanked() {
        List<Draft> drafts = Drafts.of(NUMBERS, "Twenty-two minutes later she scored from a cross at the near post.");
        assertTrue(drafts.stream().noneMatch(d -> d.prompt().contains("-_____")), drafts.toString());
    }

    @Test
    void aSentenceAskedForItsFigureOrItsDateGetsNoNumberBlank() {
        List<String> blanks = Drafts.prompts(NUMBERS, "The plan will cost 6.4 million euros and will train about 1,100 teachers. "
                + "The board was founded in 1998, when three smaller districts merged.", QuestionType.FILL_IN_BLANK);
        assertEquals(List.of(), blanks);
    }
}
