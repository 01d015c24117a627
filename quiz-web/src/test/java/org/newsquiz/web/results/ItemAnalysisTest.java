package org.newsquiz.web.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    @Test
    void facilityIsTheMeanShareOfTheMarks() {
        var stats = ItemAnalysis.analyse(List.of(1L, 2L), List.of(
                Map.of(1L, 1.0, 2L, 0.5), Map.of(1L, 0.0, 2L, 0.5), Map.of(1L, 1.0), Map.of(1L, 1.0, 2L, 1.0)));
        assertEquals(0.75, stats.get(0).facility(), 1e-9);
        assertEquals(0.5, stats.get(1).facility(), 1e-9);
        assertEquals(4, stats.get(0).responses());
    }

    @Test
    void aQuestionThatStrongStudentsGetRightDiscriminatesWell() {
        // Question 1 is answered right exactly by those who do well on the rest of the quiz.
        var attempts = List.of(
                Map.of(1L, 1.0, 2L, 1.0, 3L, 1.0),
                Map.of(1L, 1.0, 2L, 1.0, 3L, 1.0),
                Map.of(1L, 0.0, 2L, 0.0, 3L, 0.0),
                Map.of(1L, 0.0, 2L, 0.0, 3L, 0.0));
        var stats = ItemAnalysis.analyse(List.of(1L, 2L, 3L), attempts);
        assertEquals(1.0, stats.get(0).discrimination(), 1e-9);
        assertTrue(stats.get(0).flags().isEmpty());
    }

    @Test
    void aQuestionWeakerStudentsGetRightIsFlaggedForItsKey() {
        var attempts = List.of(
                Map.of(1L, 0.0, 2L, 1.0, 3L, 1.0),
                Map.of(1L, 0.0, 2L, 1.0, 3L, 1.0),
                Map.of(1L, 1.0, 2L, 0.0, 3L, 0.0),
                Map.of(1L, 1.0, 2L, 0.0, 3L, 1.0));
        var stats = ItemAnalysis.analyse(List.of(1L, 2L, 3L), attempts);
        assertTrue(stats.get(0).discrimination() < 0);
        assertTrue(stats.get(0).flags().get(0).startsWith("negative discrimination"), stats.get(0).flags().toString());
    }

    @Test
    void everyoneRightIsVeryEasyAndHasNoDiscrimination() {
        var stats = ItemAnalysis.analyse(List.of(1L, 2L),
                List.of(Map.of(1L, 1.0, 2L, 0.0), Map.of(1L, 1.0, 2L, 1.0)));
        assertEquals(1.0, stats.get(0).facility());
        assertNull(stats.get(0).discrimination());
        assertEquals(List.of("very easy: nearly everyone got it right"), stats.get(0).flags());
    }

    @Test
    void noAttemptsGiveNoFlagsAndNoFigures() {
        var stats = ItemAnalysis.analyse(List.of(7L), List.of());
        assertEquals(0, stats.get(0).responses());
        assertNull(stats.get(0).discrimination());
        assertTrue(stats.get(0).flags().isEmpty());
    }

    @Test
    void histogramPutsScoresInTenBandsScaledToTheTallest() {
        ScoreHistogram histogram = ScoreHistogram.of(List.of(0.0, 9.9, 10.0, 95.0, 100.0, 100.0, 140.0));
        assertEquals(List.of(2, 1, 0, 0, 0, 0, 0, 0, 0, 4),
                histogram.bars().stream().map(ScoreHistogram.Bar::count).toList());
        assertEquals(4, histogram.maxCount());
        ScoreHistogram.Bar tallest = histogram.bars().get(9);
        assertEquals(ScoreHistogram.HEIGHT - ScoreHistogram.LABEL_SPACE, tallest.barHeight());
        assertEquals(0, tallest.y());
        assertEquals("90–100 %", tallest.label());
        assertEquals(70, histogram.bars().get(0).barHeight());
        assertEquals(35, histogram.bars().get(1).barHeight());
    }
}
