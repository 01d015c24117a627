package org.newsquiz.core.structure;

import java.util.List;
import java.util.Objects;
import org.newsquiz.core.text.Span;

/**
 * The verbs of a clause: tokens {@code [from, to)}, the main verb at {@code head} with its lemma, the auxiliaries
 * before it ("has been" in "has been charged"), and what follows the head inside the group ("to settle" in "agreed
 * to settle").
 */
public record VerbGroup(int from, int to, int head, String lemma, Tense tense, List<String> auxiliaries,
        boolean negated, boolean passive, Span span) {
    /** The tense as far as a question needs it for its do-support. */
    public enum Tense { PAST, PRESENT, PRESENT_PLURAL, FUTURE, MODAL, PERFECT }

    public VerbGroup {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(span, "span");
        auxiliaries = List.copyOf(auxiliaries);
        if (head < from || head >= to) {
            throw new IllegalArgumentException("head outside the verb group");
        }
    }
}
