package org.newsquiz.core.facts;

import java.util.List;
import org.newsquiz.core.text.Span;

/** Three or more entities of one type named together: "Donetsk, Lugansk, Kherson, and Zaporizhzhia". */
public record ListFact(EntityType type, List<Entity> members, int sentence, Span span) {
    public ListFact {
        members = List.copyOf(members);
        if (members.size() < 3) {
            throw new IllegalArgumentException("a list has at least three members");
        }
    }
}
