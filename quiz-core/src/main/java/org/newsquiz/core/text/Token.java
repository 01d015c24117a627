package org.newsquiz.core.text;

import java.util.Objects;

/** A token of the normalised text with its universal part-of-speech tag and lemma. */
public record Token(String text, Span span, String tag, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("token text does not fit its span: " + text);
        }
        tag = tag == null ? "X" : tag;
        lemma = lemma == null ? text.toLowerCase(java.util.Locale.ROOT) : lemma;
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean hasTag(String... tags) {
        for (String t : tags) {
            if (tag.equals(t)) {
                return true;
            }
        }
        return false;
    }
}
