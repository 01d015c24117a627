package org.newsquiz.core.structure;

import java.util.Objects;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;

/**
 * A phrase of a clause: its role, its tokens {@code [from, to)} of the sentence and their span in the normalised
 * text.
 */
public record Phrase(Kind kind, int from, int to, Span span) {
    /** What a phrase does in its clause. */
    public enum Kind { SUBJECT, OBJECT, COMPLEMENT, TIME, PLACE, REASON, MANNER, QUANTITY }

    public Phrase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("empty phrase");
        }
    }

    static Phrase of(Kind kind, Sentence s, int from, int to) {
        return new Phrase(kind, from, to, new Span(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end()));
    }

    /** The phrase as written in the sentence. */
    public String text(Sentence s) {
        return s.text().substring(span.start() - s.span().start(), span.end() - s.span().start());
    }

    public int size() {
        return to - from;
    }
}
