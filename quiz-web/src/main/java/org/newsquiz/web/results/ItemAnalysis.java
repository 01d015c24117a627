package org.newsquiz.web.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Classical item analysis of a quiz, as Moodle's quiz statistics report it: per question the facility index (the
 * mean share of the marks earned) and the discrimination index (the correlation between the question's score and the
 * score on the rest of the quiz, so a question that strong students get right and weak ones get wrong scores high).
 */
public final class ItemAnalysis {
    /** Below this facility a question is flagged as very hard. */
    static final double HARD = 0.2;
    /** Above this facility a question is flagged as very easy. */
    static final double EASY = 0.95;
    /** Below this discrimination a question separates strong and weak students poorly. */
    static final double WEAK_DISCRIMINATION = 0.2;

    /** One question's figures; {@code discrimination} is null when it cannot be computed (too few or equal scores). */
    public record ItemStatistics(long questionId, int responses, double facility, Double discrimination,
                                 List<String> flags) {
        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    private ItemAnalysis() {
    }

    /**
     * @param questionIds the quiz's questions in display order
     * @param attempts    per finished attempt, the score (0–1) of each question; a missing question scores 0
     */
    public static List<ItemStatistics> analyse(List<Long> questionIds, List<Map<Long, Double>> attempts) {
        int n = attempts.size();
        double[] totals = new double[n];
        for (int a = 0; a < n; a++) {
            for (Long id : questionIds) {
                totals[a] += attempts.get(a).getOrDefault(id, 0.0);
            }
        }
        List<ItemStatistics> statistics = new ArrayList<>();
        for (Long id : questionIds) {
            double[] item = new double[n];
            double[] rest = new double[n];
            for (int a = 0; a < n; a++) {
                item[a] = attempts.get(a).getOrDefault(id, 0.0);
                rest[a] = totals[a] - item[a];
            }
            double facility = n == 0 ? 0 : mean(item);
            Double discrimination = correlation(item, rest);
            statistics.add(new ItemStatistics(id, n, facility, discrimination, flags(n, facility, discrimination)));
        }
        return statistics;
    }

    private static List<String> flags(int responses, double facility, Double discrimination) {
        List<String> flags = new ArrayList<>();
        if (responses == 0) {
            return flags;
        }
        if (facility < HARD) {
            flags.add("very hard: few students got it right");
        } else if (facility > EASY) {
            flags.add("very easy: nearly everyone got it right");
        }
        if (discrimination != null && discrimination < 0) {
            flags.add("negative discrimination: weaker students did better than stronger ones — check the key");
        } else if (discrimination != null && discrimination < WEAK_DISCRIMINATION) {
            flags.add("weak discrimination: it hardly separates stronger from weaker students");
        }
        return flags;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Pearson's r, or null with fewer than two values or when either side does not vary. */
    static Double correlation(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) {
            return null;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
