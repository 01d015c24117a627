package org.newsquiz.core.facts;

import java.util.List;
import java.util.Objects;
import org.newsquiz.core.nlp.AnalyzedText;

/** Everything the extractors found in one article. */
public record FactSheet(AnalyzedText text, List<Entity> entities, List<Role> roles, List<Quote> quotes,
        List<Event> events, List<NumericFact> numbers, List<ListFact> lists, List<DatedFact> dated) {
    public FactSheet {
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        numbers = List.copyOf(numbers);
        lists = List.copyOf(lists);
        dated = List.copyOf(dated);
    }

    public FactSheet(AnalyzedText text, List<Entity> entities, List<Role> roles, List<Quote> quotes,
            List<Event> events, List<NumericFact> numbers, List<ListFact> lists) {
        this(text, entities, roles, quotes, events, numbers, lists, List.of());
    }

    public List<Entity> ofType(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }

    /** The entity one of whose names is {@code name}, or null. */
    public Entity named(String name) {
        for (Entity e : entities) {
            if (e.isCalled(name)) {
                return e;
            }
        }
        return null;
    }

    public List<Role> rolesOf(Entity person) {
        return roles.stream().filter(r -> r.person().equals(person)).toList();
    }
}
