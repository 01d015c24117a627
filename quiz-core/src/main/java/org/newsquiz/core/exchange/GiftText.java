package org.newsquiz.core.exchange;

/** GIFT's escaping: {@code ~ = # { } :} and the backslash itself are written with a backslash. */
final class GiftText {
    private static final String SPECIAL = "~=#{}:\\";

    private GiftText() {
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
                if (SPECIAL.indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The index of {@code token} at or after {@code from} that is not part of an escape, or -1. */
    static int indexOfUnescaped(String text, String token, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Drops a leading text-format marker such as {@code [plain]} or {@code [html]}. */
    static String withoutFormatMarker(String text) {
        String trimmed = text.stripLeading();
        for (String marker : new String[] {"[plain]", "[moodle]", "[markdown]", "[html]"}) {
            if (trimmed.regionMatches(true, 0, marker, 0, marker.length())) {
                return trimmed.substring(marker.length());
            }
        }
        return text;
    }
}
