package org.newsquiz.web.results;

import java.util.ArrayList;
import java.util.List;

/**
 * The distribution of attempt scores in ten bands of ten percent, with the geometry of each bar, so a template can
 * draw it as inline SVG (no chart library, no CDN: the platform works offline).
 */
public record ScoreHistogram(List<Bar> bars, int width, int height, int maxCount) {
    static final int BANDS = 10;
    static final int WIDTH = 400;
    static final int HEIGHT = 160;
    static final int LABEL_SPACE = 20;

    /** One band: its label ("0–9 %" … "90–100 %"), how many attempts fall in it, and where to draw it. */
    public record Bar(String label, int count, int x, int y, int barWidth, int barHeight) {
    }

    /** @param percentages scores as percentages of the maximum, 0–100 */
    public static ScoreHistogram of(List<Double> percentages) {
        int[] counts = new int[BANDS];
        for (double percentage : percentages) {
            int band = (int) Math.floor(Math.max(0, Math.min(100, percentage)) / 10);
            counts[Math.min(band, BANDS - 1)]++;
        }
        int max = 0;
        for (int count : counts) {
            max = Math.max(max, count);
        }
        int barWidth = WIDTH / BANDS;
        int plotHeight = HEIGHT - LABEL_SPACE;
        List<Bar> bars = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            int barHeight = max == 0 ? 0 : Math.round((float) counts[band] * plotHeight / max);
            String label = band * 10 + "–" + (band == BANDS - 1 ? 100 : band * 10 + 9) + " %";
            bars.add(new Bar(label, counts[band], band * barWidth, plotHeight - barHeight, barWidth - 4, barHeight));
        }
        return new ScoreHistogram(bars, WIDTH, HEIGHT, max);
    }
}
