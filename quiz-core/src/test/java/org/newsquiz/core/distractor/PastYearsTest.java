package org.newsquiz.core.distractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Lexicon;
import org.newsquiz.core.facts.RuleFactExtractor;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;

class PastYearsTest {
    private static final FactSheet FACTS = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(
            "The probe was launched in 2024. The probe reached the asteroid in 2025 after a long journey."));

    @Test
    void theArticlesDateBoundsTheLatestPastYearAndWithoutOneItsLatestPastEventDoes() {
        assertEquals(2026, Distractors.latestPastYear(FACTS, "2026-03-12"));
        assertEquals(2025, Distractors.latestPastYear(FACTS, null));
        assertEquals(2025, Distractors.latestPastYear(FACTS, "no date"));
    }

    @Test
    void noWrongYearForAPastEventIsLaterThanTheArticle() {
        List<String> years = new Distractors(FACTS, Lexicon.shared(), 42, false, 2026).years(2025, Set.of(2024, 2025), 3);
        assertEquals(3, years.size(), years.toString());
        assertTrue(years.stream().allMatch(y -> Integer.parseInt(y) <= 2026 && !y.equals("2024")), years.toString());
    }

    @Test
    void withoutADateTheLatestPastEventBoundsTheWrongYears() {
        for (long seed = 0; seed < 6; seed++) {
            List<String> years = new Distractors(FACTS, Lexicon.shared(), seed).years(2024, Set.of(2024, 2025), 3);
            assertEquals(3, years.size(), years.toString());
            assertTrue(years.stream().allMatch(y -> Integer.parseInt(y) < 2025), years.toString());
        }
    }

    @Test
    void anotherSeedGivesOtherPastYears() {
        Set<List<String>> seen = new java.util.HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            List<String> years = new Distractors(FACTS, Lexicon.shared(), seed, false, 2024).years(2024, Set.of(2023), 3);
            assertTrue(years.stream().allMatch(y -> Integer.parseInt(y) < 2024), years.toString());
            seen.add(new java.util.TreeSet<>(years).stream().toList());
        }
        assertTrue(seen.size() > 1, seen.toString());
    }

    @Test
    void aFutureEventStillGetsYearsOnBothSides() {
        List<String> years = new Distractors(FACTS, Lexicon.shared(), 1, false, 2026).years(2030, Set.of(), 3);
        assertTrue(years.stream().anyMatch(y -> Integer.parseInt(y) > 2030), years.toString());
    }
}
