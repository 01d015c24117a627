package org.newsquiz.core.facts;

import java.util.Objects;
import org.newsquiz.core.text.Span;

/** A person's title with its affiliation as the article gives it: "Polish Foreign Minister", "Trump's envoy". */
public record Role(Entity person, String title, String affiliation, int sentence, Span span) {
    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        affiliation = affiliation == null ? "" : affiliation;
        if (person.type() != EntityType.PERSON) {
            throw new IllegalArgumentException("a role belongs to a person");
        }
    }

    /** The role as one phrase, e.g. "NATO Secretary-General". */
    public String description() {
        if (affiliation.isEmpty()) {
            return title;
        }
        return affiliation.endsWith("'s") ? affiliation + " " + title : affiliation + " " + title;
    }
}
