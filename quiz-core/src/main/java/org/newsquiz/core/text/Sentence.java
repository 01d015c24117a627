package org.newsquiz.core.text;

import java.util.List;
import java.util.Objects;

/**
 * One sentence: {@code text} is its normalised form at {@code span} of the normalised text,
 * {@code bodySpan} the same sentence in the original body.
 */
public record Sentence(int index, int paragraph, Span span, Span bodySpan, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("sentence text does not fit its span");
        }
        tokens = List.copyOf(tokens);
    }

    /** The index of the first token starting at or after {@code offset}, or the token count. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** Tokens {@code [from, to)} as the sentence writes them. */
    public String text(int from, int to) {
        return text.substring(tokens.get(from).span().start() - span.start(), tokens.get(to - 1).span().end() - span.start());
    }

    /** The index of the first verb or auxiliary, where the subject ends; the token count when there is none. */
    public int firstVerb() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).hasTag("VERB", "AUX")) {
                return i;
            }
        }
        return tokens.size();
    }

    public int wordCount() {
        int n = 0;
        for (Token t : tokens) {
            if (Character.isLetterOrDigit(t.text().charAt(0))) {
                n++;
            }
        }
        return n;
    }
}
