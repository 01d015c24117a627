package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsquiz.core.SeedArticle;

class EventQuestionsTest {
    /** Drafted for every seed quiz; the quiz itself may leave it out beside the ordering that holds the same event. */
    @Test
    void asksWhenRussiaAnnexedCrimeaWithNearbyYears() {
        Draft q = Drafts.of(new EventQuestions(), SeedArticle.body()).stream()
                .filter(x -> x.prompt().equals("In which year did Russia annex Crimea?")).findFirst().orElseThrow();
        assertEquals(java.util.List.of("2014"), q.answers());
        for (String o : q.options()) {
            assertTrue(Math.abs(Integer.parseInt(o) - 2014) <= 5);
        }
    }
}
