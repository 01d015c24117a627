package org.newsquiz.core.structure;

import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.text.Sentence;

/** Words that make a noun group a time: days, months, years, and "week", "night", "yesterday". */
public final class Times {
    static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "night", "morning", "afternoon", "evening", "weekend", "decade", "decades", "century", "yesterday", "today",
            "tomorrow", "tonight", "season", "hours", "minutes", "summer", "winter", "spring", "autumn", "christmas", "easter");

    private Times() {
    }

    /** True when tokens {@code [from, to)} name a time. */
    static boolean isTime(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
            if (DAYS.contains(w) || MONTHS.contains(w) && !(w.equals("may") && !s.tokens().get(i).isCapitalised())
                    || TIME_NOUNS.contains(w) || w.matches("(19|20)\\d\\d") && to - from <= 2) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a time phrase, so that wrong options are of the same kind: day, month, year, or other. */
    public static String kind(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        for (String d : DAYS) {
            if (p.contains(d)) {
                return "day";
            }
        }
        for (String m : MONTHS) {
            if (p.matches(".*\\b" + m + "\\b.*")) {
                return "month";
            }
        }
        return p.matches(".*\\b(19|20)\\d\\d\\b.*") ? "year" : "other";
    }
}
