package org.newsquiz.core.facts;

import java.util.Objects;

/**
 * A clause the article dates with a year: "Nordvik was founded in 1897" is subject "Nordvik", verb
 * "was founded", question form "was Nordvik founded", year 1897. Pronoun subjects are already replaced
 * by the name they stand for; {@code when} is the date as written ("in 1897", "on March 3, 1941").
 */
public record DatedFact(String subject, String verb, String rest, String questionForm, int year, String when, int sentence) {
    public DatedFact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(questionForm, "questionForm");
        rest = rest == null ? "" : rest;
    }

    /** The clause without its date: "Nordvik was founded". */
    public String statement() {
        return (subject + " " + verb + (rest.isEmpty() ? "" : " " + rest)).strip();
    }
}
