package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.facts.Amount;
import org.newsquiz.core.facts.AmountFinder;
import org.newsquiz.core.question.QuestionType;

class AmountQuestionsTest {
    private static final String TEXT = "Nordvik agreed to buy Vanterpool for \u20AC4.2 billion in cash. "
            + "Its shares fell 12% on Monday, while revenue rose 9% last year. "
            + "The board will pay the remaining 1.7 million euros from its own budget.";

    private static List<Amount> amounts() {
        return AmountFinder.find(Drafts.facts(TEXT).text());
    }

    @Test
    void findsMoneyBeforeAndAfterTheNumberAndPercentages() {
        assertEquals(List.of("\u20AC4.2 billion", "12%", "9%", "1.7 million euros"), amounts().stream().map(Amount::text).toList());
    }

    @Test
    void aFigureInAQuotationIsFoundWhenTheSentenceClosesIt() {
        String text = "The ministry said it wanted to raise coverage \"from about 4.5% today to about 25% within ten years\". "
                + "The minister said: \"We will spend $40m on new lines. ";
        assertEquals(List.of("4.5%", "25%"), AmountFinder.find(Drafts.facts(text).text()).stream().map(Amount::text).toList());
    }

    @Test
    void wrongFiguresKeepTheUnitAndSizeAndAvoidTheArticlesOtherFigures() {
        List<Amount> all = amounts();
        List<String> billions = AmountQuestions.wrongFigures(all.get(0), all, Comparative.EXACT);
        assertTrue(billions.containsAll(List.of("\u20AC3.8 billion", "\u20AC4.6 billion")), billions.toString());
        List<String> percents = AmountQuestions.wrongFigures(all.get(1), all, Comparative.EXACT);
        assertTrue(percents.containsAll(List.of("15%")), percents.toString());
        assertFalse(percents.contains("9%"), "9% is another true figure of the article: " + percents);
        assertEquals(3, percents.size());
    }

    @Test
    void eachSentencesFigureBecomesOneMultipleChoiceOrEveryThirdATrueFalse() {
        List<Draft> all = Drafts.of(new NumberQuestions(), TEXT);
        List<Draft> drafts = all.stream().filter(d -> d.type() == QuestionType.MULTIPLE_CHOICE).toList();
        assertEquals(2, drafts.size(), "one per sentence: " + drafts);
        Draft statement = all.stream().filter(d -> d.type() == QuestionType.TRUE_FALSE).findFirst().orElseThrow();
        assertTrue(statement.prompt().startsWith("True or false? The board will pay the remaining "), statement.prompt());
        assertTrue(statement.prompt().contains(" million euros from its own budget."), statement.prompt());
        Draft first = drafts.get(0);
        assertEquals("Which figure fills the blank? Nordvik agreed to buy Vanterpool for _____ in cash.", first.prompt());
        assertEquals(List.of("\u20AC4.2 billion"), first.answers());
        assertEquals(4, first.options().size());
    }
}
