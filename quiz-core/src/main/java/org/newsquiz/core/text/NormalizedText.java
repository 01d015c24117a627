package org.newsquiz.core.text;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The body with typographic quotes, dashes and spaces made plain and any markup left out for
 * analysis, plus a map from every normalised character back to the original body, so spans found
 * on the normalised text can be reported on the body.
 */
public final class NormalizedText {
    private static final BitSet NONE = new BitSet();

    private final String original;
    private final String text;
    private final int[] origin;
    private final BitSet markup;
    private final BitSet headings;

    private NormalizedText(String original, String text, int[] origin, BitSet markup, BitSet headings) {
        this.original = original;
        this.text = text;
        this.origin = origin;
        this.markup = markup;
        this.headings = headings;
    }

    public static NormalizedText of(String body) {
        return of(body, Markup.PLAIN);
    }

    public static NormalizedText of(String body, Markup kind) {
        MarkdownMarkup md = kind == Markup.MARKDOWN ? new MarkdownMarkup(body) : null;
        BitSet markup = md == null ? NONE : md.markup;
        BitSet headingLines = md == null ? NONE : md.headingLines;
        BitSet headings = new BitSet();
        boolean inHeading = headingLines.get(0);
        StringBuilder out = new StringBuilder(body.length());
        int[] origin = new int[body.length() * 3 + 1];
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (i > 0 && body.charAt(i - 1) == '\n') {
                inHeading = headingLines.get(i);
            }
            if (markup.get(i)) {
                continue;
            }
            if (inHeading && c != '\n') {
                headings.set(out.length());
            }
            String replacement = replace(c);
            if (replacement == null) {
                if (c == '\r') {
                    continue;
                }
                boolean space = c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
                if (space) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                origin[out.length()] = i;
                out.append(c);
            } else {
                for (int k = 0; k < replacement.length(); k++) {
                    origin[out.length()] = i;
                    out.append(replacement.charAt(k));
                }
            }
        }
        int[] trimmed = Arrays.copyOf(origin, out.length());
        return new NormalizedText(body, out.toString(), trimmed, markup, headings);
    }

    private static String replace(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> "\"";
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> "'";
            case '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            case '\u2010', '\u2011' -> "-";
            case '\u2026' -> "...";
            case '\u200B', '\uFEFF' -> "";
            default -> null;
        };
    }

    public String text() {
        return text;
    }

    public String original() {
        return original;
    }

    /** The body span covering the normalised span {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        if (start >= end) {
            int at = start < origin.length ? origin[start] : original.length();
            return new Span(at, at);
        }
        return new Span(origin[start], origin[end - 1] + 1);
    }

    public Span toOriginal(Span span) {
        return toOriginal(span.start(), span.end());
    }

    /** Whether the normalised character at {@code offset} belongs to a line marked up as a heading. */
    public boolean isMarkedHeading(int offset) {
        return headings.get(offset);
    }

    /** The body text of {@code bodySpan} as a reader sees it: without markup characters. */
    public String readable(Span bodySpan) {
        String raw = bodySpan.of(original);
        if (markup.nextSetBit(bodySpan.start()) < 0 || markup.nextSetBit(bodySpan.start()) >= bodySpan.end()) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = bodySpan.start(); i < bodySpan.end(); i++) {
            if (!markup.get(i)) {
                out.append(original.charAt(i));
            }
        }
        return out.toString();
    }
}
