package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;

class LeadQuestionsTest {
    private static final String FERRY = Drafts.resource("/lead/island_ferry.txt");

    @Test
    void theLeadsRecurringNounIsBlankedWithTheArticlesOtherRecurringNounsAsOptions() {
        List<Draft> drafts = Drafts.of(new LeadQuestions(), FERRY);
        assertEquals(1, drafts.size(), drafts.toString());
        Draft d = drafts.get(0);
        assertEquals(QuestionType.MULTIPLE_CHOICE, d.type());
        assertEquals("Which word fills the blank? The island council has agreed to keep the _____ running through the "
                + "winter after a campaign by residents.", d.prompt());
        assertEquals(List.of("ferry"), d.answers());
        // Singular like the answer, named in two sentences or more after the lead, none of them in the lead itself.
        assertEquals(List.of("crew", "ferry", "harbour", "hospital"), d.options().stream().sorted().toList());
    }

    @Test
    void noOptionIsAnotherWordForTheAnswerOrContainsIt() {
        String text = "Regulators have fined the two largest firms in the market for fixing prices. "
                + "The firms denied wrongdoing, and both companies will appeal. "
                + "Many customers of the firms paid higher bills for their gas, regulators said. "
                + "The companies must also repay customers and cut bills. "
                + "The watchdog said the price of gas had risen twice as fast as costs. "
                + "The watchdog will publish the costs next month, with a price cap for the winter.";
        List<Draft> drafts = Drafts.of(new LeadQuestions(), text);
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals(List.of("firms"), drafts.get(0).answers());
        assertFalse(drafts.get(0).options().contains("companies"), drafts.get(0).options().toString());
        assertTrue(drafts.get(0).options().containsAll(List.of("customers", "costs", "bills")), drafts.get(0).options().toString());
    }
}
