package org.newsquiz.core.facts;

import java.util.Objects;

/**
 * Who did what, where and when, as one clause of a sentence: "Russia annexed Crimea in 2014" is
 * subject Russia, verb annexed (lemma annex), object "Crimea", year 2014. {@code place} and
 * {@code year} are null when the clause has none.
 */
public record Event(Entity subject, String subjectText, String verb, String lemma, String object,
        Entity place, String placeText, Entity year, int sentence) {
    public Event {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectText, "subjectText");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(lemma, "lemma");
        object = object == null ? "" : object;
    }

    /** The clause without its place and year: "Russia annexed Crimea". */
    public String statement() {
        return (subjectText + " " + verb + (object.isEmpty() ? "" : " " + object)).strip();
    }
}
