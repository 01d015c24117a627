package org.newsquiz.core.facts;

import java.util.Objects;
import org.newsquiz.core.text.Span;

/**
 * A counted quantity: "Russian strikes on Kharkiv killed three civilians" is subject
 * "Russian strikes on Kharkiv", verb killed (lemma kill), value 3 written "three", noun "civilians".
 * {@code source} is who reported it ("Ukrainian authorities"), or empty; {@code qualifier} narrows the count
 * ("in November"), or is empty.
 */
public record NumericFact(double value, String written, String noun, String subject, String verb, String lemma,
        String source, String qualifier, int sentence, Span numberSpan) {
    public NumericFact {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(numberSpan, "numberSpan");
        subject = subject == null ? "" : subject;
        verb = verb == null ? "" : verb;
        lemma = lemma == null ? "" : lemma;
        source = source == null ? "" : source;
        qualifier = qualifier == null ? "" : qualifier;
    }

    public String valueText() {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
