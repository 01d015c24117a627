package org.newsquiz.web.results;

import io.quarkus.qute.TemplateExtension;

/** Positions and short labels the histogram template needs beside a bar's geometry. */
@TemplateExtension
final class HistogramLabels {
    private HistogramLabels() {
    }

    static int centre(ScoreHistogram.Bar bar) {
        return bar.x() + bar.barWidth() / 2;
    }

    /** The band's lower bound, "0" … "90", short enough to sit under a bar. */
    static String from(ScoreHistogram.Bar bar) {
        return bar.label().substring(0, bar.label().indexOf('–'));
    }
}
