package org.newsquiz.core.nlp;

import java.util.regex.Pattern;

/** Recognises lines that are not prose: headings, bylines, captions and similar boilerplate. */
final class LineKinds {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(by|photo|image|credit|source|reporting by|editing by|read more|related|share|advertisement|follow us)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\S+");

    private LineKinds() {
    }

    /** A short line without closing punctuation, like "Security Guarantees on the Table". */
    static boolean isHeading(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' || last == ';';
        long words = WORD.matcher(s).results().count();
        return !closed && words <= 14;
    }

    static boolean isBoilerplate(String line) {
        String s = line.strip();
        return BOILERPLATE.matcher(s).matches() && WORD.matcher(s).results().count() <= 12;
    }
}
