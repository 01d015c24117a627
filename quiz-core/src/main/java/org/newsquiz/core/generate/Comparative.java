package org.newsquiz.core.generate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bound a figure is given with. "less than 8%" stays true of 10% and 12%, so wrong options must lie below it;
 * "more than 50%" stays true of 37%, so they must lie above; "about 5.7%" is not wrong at 5.1%, so they must lie far.
 */
enum Comparative {
    /** Remains true when the figure is raised: less than, up to, under. */
    UPPER,
    /** Remains true when the figure is lowered: more than, at least, over. */
    LOWER,
    /** An estimate: about, around, nearly. */
    ROUGH,
    EXACT;

    private static final Pattern UPPER_WORDS = Pattern.compile(
            "(?:less|fewer|lower|smaller|cheaper) than|up to|at most|no more than|not more than|under|below|"
                    + "as (?:little|low|few) as|within|a maximum of|capped at");
    private static final Pattern LOWER_WORDS = Pattern.compile(
            "(?:more|greater|higher|larger|bigger) than|at least|no less than|not less than|over|above|in excess of|"
                    + "upwards of|exceeding|as (?:much|many|high) as|a minimum of|top(?:ped|s)");
    private static final Pattern ROUGH_WORDS = Pattern.compile(
            "about|around|roughly|approximately|nearly|almost|some|an estimated|estimated|close to|just over|just under|"
                    + "circa|c\\.|~");

    /** The bound stated by the words right before a figure ({@code before} ends where the figure starts). */
    static Comparative before(String before) {
        String tail = before.toLowerCase(Locale.ROOT).stripTrailing();
        if (ends(tail, ROUGH_WORDS)) {
            return ROUGH;
        }
        if (ends(tail, UPPER_WORDS)) {
            return UPPER;
        }
        if (ends(tail, LOWER_WORDS)) {
            return LOWER;
        }
        return EXACT;
    }

    private static boolean ends(String tail, Pattern words) {
        return Pattern.compile("(?:^|[^\\p{L}])(?:" + words.pattern() + ")$").matcher(tail).find();
    }

    /** Whether a wrong figure {@code wrong} for the true {@code value} is false under this bound. */
    boolean allows(double value, double wrong) {
        return switch (this) {
            case UPPER -> wrong < value;
            case LOWER -> wrong > value;
            case ROUGH -> Math.abs(wrong - value) >= value * 0.25;
            case EXACT -> true;
        };
    }
}
