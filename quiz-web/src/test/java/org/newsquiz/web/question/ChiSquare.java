package org.newsquiz.web.question;

import java.util.Map;
import java.util.TreeMap;

/**
 * Pearson's chi-square test that the key's position is uniform, over questions grouped by their number of options
 * (a group of k options adds k - 1 degrees of freedom; a group too small for the test, fewer than five expected per
 * position, is left out). The p-value is the regularised upper incomplete gamma
 * function, computed as in Numerical Recipes (series below a + 1, continued fraction above).
 */
final class ChiSquare {
    /** Number of options to the count of keys seen at each position. */
    private final Map<Integer, long[]> counts = new TreeMap<>();

    void add(int options, int keyPosition) {
        counts.computeIfAbsent(options, k -> new long[k])[keyPosition]++;
    }

    long questions() {
        return counts.values().stream().mapToLong(c -> java.util.Arrays.stream(c).sum()).sum();
    }

    double statistic() {
        double x = 0;
        for (long[] c : tested()) {
            double expected = java.util.Arrays.stream(c).sum() / (double) c.length;
            for (long observed : c) {
                x += (observed - expected) * (observed - expected) / expected;
            }
        }
        return x;
    }

    int degreesOfFreedom() {
        return tested().stream().mapToInt(c -> c.length - 1).sum();
    }

    private java.util.List<long[]> tested() {
        return counts.values().stream().filter(c -> java.util.Arrays.stream(c).sum() >= 5L * c.length).toList();
    }

    double p() {
        return upperGamma(degreesOfFreedom() / 2.0, statistic() / 2.0);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, c) -> s.append(k).append(" options: ").append(java.util.Arrays.toString(c)).append("; "));
        return s.append(String.format("chi-square %.2f, df %d, p %.3g", statistic(), degreesOfFreedom(), p())).toString();
    }

    static double upperGamma(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
                term *= x / (a + n);
                sum += term;
            }
            return 1 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        double b = x + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < 1e-300 ? 1e-300 : d;
            c = b + an / c;
            c = Math.abs(c) < 1e-300 ? 1e-300 : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Lanczos approximation. */
    private static double logGamma(double x) {
        double[] g = {76.18009172947146, -86.50532032941677, 24.01409822528231, -1.231739572450155,
            0.1208650973866179e-2, -0.5395239384953e-5};
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double coefficient : g) {
            ser += coefficient / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
