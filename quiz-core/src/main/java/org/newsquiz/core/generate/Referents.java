package org.newsquiz.core.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.structure.Clause;
import org.newsquiz.core.structure.Phrase;
import org.newsquiz.core.text.Sentence;

/**
 * The one entity a clause's pronoun subject can mean: "he" or "she" a person, "it" or "they" an organisation or a
 * country, named earlier in the same sentence or in the sentence before within the paragraph. Two candidates of
 * the kind, or none, and the pronoun stays unresolved. "It" and "they" also point at things and groups never
 * named, so they resolve only when the one candidate is the subject of a clause before them.
 */
final class Referents {
    private Referents() {
    }

    /** The subject's referent, or null when the subject is not a lone pronoun or its referent is not certain. */
    static Entity of(FactSheet facts, Sentence s, Clause c, List<Clause> before, Sentence previous) {
        Phrase p = c.subject();
        if (p.size() != 1 || c.sharedSubject()) {
            return null;
        }
        String word = s.tokens().get(p.from()).text().toLowerCase(Locale.ROOT);
        boolean person = word.equals("he") || word.equals("she");
        if (!person && !word.equals("it") && !word.equals("they")) {
            return null;
        }
        boolean samePara = previous != null && previous.paragraph() == s.paragraph() && previous.index() == s.index() - 1;
        int pronounStart = s.tokens().get(p.from()).span().start();
        Set<Entity> candidates = new LinkedHashSet<>();
        for (Entity e : facts.entities()) {
            if (!fits(e.type(), person)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.sentence() == s.index() && m.span().end() <= pronounStart || samePara && m.sentence() == previous.index()) {
                    candidates.add(e);
                }
            }
        }
        if (candidates.size() != 1) {
            return null;
        }
        Entity only = candidates.iterator().next();
        if (!person && before.stream().noneMatch(b -> ClauseText.actor(facts, b.sentence() == s.index() ? s : previous, b.subject()) == only)) {
            return null;
        }
        return only;
    }

    private static boolean fits(EntityType type, boolean person) {
        return person ? type == EntityType.PERSON : type == EntityType.ORGANISATION || type == EntityType.COUNTRY;
    }
}
