package org.newsquiz.core.structure;

import java.util.List;
import java.util.Objects;

/**
 * One clause of sentence {@code sentence}: its subject, verb group, object or complement (null when it has none)
 * and its time, place, reason, manner and quantity phrases. {@code main} marks the sentence's main clause and those
 * conjoined with it; {@code sharedSubject} a verb phrase that takes the subject of the clause before ("and B").
 */
public record Clause(int sentence, Phrase subject, VerbGroup verb, Phrase object, List<Phrase> adjuncts, boolean main,
        boolean sharedSubject) {
    public Clause {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(verb, "verb");
        adjuncts = List.copyOf(adjuncts);
    }

    /** The first adjunct of the kind, or null. */
    public Phrase adjunct(Phrase.Kind kind) {
        for (Phrase p : adjuncts) {
            if (p.kind() == kind) {
                return p;
            }
        }
        return null;
    }
}
