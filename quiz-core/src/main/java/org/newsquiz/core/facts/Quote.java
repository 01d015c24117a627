package org.newsquiz.core.facts;

import java.util.Objects;
import org.newsquiz.core.text.Span;

/** Quoted words and who said them; {@code span} covers the words inside the quotation marks (normalised text). */
public record Quote(String text, Entity speaker, int firstSentence, int lastSentence, Span span, boolean complete) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (firstSentence < 0 || lastSentence < firstSentence) {
            throw new IllegalArgumentException("bad sentence range");
        }
    }
}
