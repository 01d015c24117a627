package org.newsquiz.web.attempt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import io.quarkus.qute.TemplateExtension;

/** Scores as people write them: 7, 7.5, 7.33 — not 7.0 or 7.333333. */
@TemplateExtension
public final class ScoreFormat {
    private ScoreFormat() {
    }

    public static String formatScore(Double score) {
        if (score == null) {
            return "0";
        }
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The score of a finished attempt as a whole percentage of the maximum: "88%". */
    public static String percentText(Attempt attempt) {
        if (attempt.score == null || attempt.maxScore == null || attempt.maxScore <= 0) {
            return "0%";
        }
        return Math.round(100 * attempt.score / attempt.maxScore) + "%";
    }
}
