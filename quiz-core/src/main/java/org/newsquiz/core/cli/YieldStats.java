package org.newsquiz.core.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The yield of one group of articles (a section or the whole tree): how many were refused, how many questions each
 * got, and the shares the targets are set in: six or more types, twenty or more questions on 400-word articles, no
 * refusal of an article of 150 words or more.
 */
final class YieldStats {
    static final int MANY_TYPES = 6;
    static final int LONG_WORDS = 400;
    static final int LONG_QUESTIONS = 20;
    static final int USABLE_WORDS = 150;

    /** One article's result; {@code questions} is 0 and {@code types} 0 when it was refused. */
    record Result(int words, int questions, int types, boolean unusable) {
    }

    private final List<Result> results = new ArrayList<>();

    void add(Result r) {
        results.add(r);
    }

    String line(String name) {
        int unusable = 0;
        int unusableLong = 0;
        int manyTypes = 0;
        int longArticles = 0;
        int longFull = 0;
        List<Integer> counts = new ArrayList<>();
        for (Result r : results) {
            counts.add(r.questions());
            if (r.unusable()) {
                unusable++;
                unusableLong += r.words() >= USABLE_WORDS ? 1 : 0;
            }
            manyTypes += r.types() >= MANY_TYPES ? 1 : 0;
            if (r.words() >= LONG_WORDS) {
                longArticles++;
                longFull += r.questions() >= LONG_QUESTIONS ? 1 : 0;
            }
        }
        counts.sort(null);
        int n = counts.size();
        int middle = counts.get((n - 1) / 2) + counts.get(n / 2);
        String median = middle % 2 == 0 ? String.valueOf(middle / 2) : middle / 2 + ".5";
        return name + ": " + n + " articles, " + unusable + " unusable (" + unusableLong + " of " + USABLE_WORDS
                + "+ words), questions min/median/max " + counts.get(0) + "/" + median + "/" + counts.get(n - 1)
                + ", " + MANY_TYPES + "+ types " + percent(manyTypes, n) + ", " + LONG_QUESTIONS + "+ questions in "
                + percent(longFull, longArticles) + " of " + longArticles + " articles of " + LONG_WORDS + "+ words";
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }
}
