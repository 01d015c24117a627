package org.newsquiz.core.facts;

import java.util.Objects;
import org.newsquiz.core.text.Span;

/**
 * One occurrence of an entity: {@code span} in the normalised text, the sentence it is in, and
 * whether it names a place as a location ("in Washington") or stands for a government ("Moscow demanded").
 */
public record Mention(String text, Span span, int sentence, boolean locative, boolean metonymic) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
    }
}
