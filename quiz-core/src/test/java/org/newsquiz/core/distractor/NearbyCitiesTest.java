package org.newsquiz.core.distractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Lexicon;
import org.newsquiz.core.facts.RuleFactExtractor;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;

class NearbyCitiesTest {
    @Test
    void citiesOfTheSameCountryComeFirstThenTheSameRegion() {
        assertEquals("Washington", Lexicon.shared().citiesNear("Chicago").get(0));
        List<String> near = Lexicon.shared().citiesNear("Oslo");
        assertTrue(near.contains("Stockholm"), near.toString());
        assertFalse(near.contains("Lagos") || near.contains("Oslo"), near.toString());
        assertEquals(List.of(), Lexicon.shared().citiesNear("Atlantis"));
    }

    @Test
    void washingtonIsPairedWithAmericanCitiesTheArticleDoesNotName() {
        FactSheet facts = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(SeedArticle.body()));
        List<String> options = new Distractors(facts, Lexicon.shared(), 3).fromListsNear(EntityType.CITY, "Washington", 3);
        assertEquals(3, options.size());
        assertTrue(options.stream().allMatch(c -> List.of("New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Boston",
                "Anchorage").contains(c)), options.toString());
    }
}
