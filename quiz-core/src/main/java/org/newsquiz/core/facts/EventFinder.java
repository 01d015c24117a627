package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * Simple-past clauses whose subject is a named entity: subject, verb, a short object, and an
 * optional "in PLACE" or "in YEAR" right after the object.
 */
final class EventFinder {
    private static final Set<String> STOP = Set.of(",", ".", ";", ":", "-", "(", ")", "\"", "and", "but", "while", "which",
            "who", "where", "as", "because", "after", "before", "when", "although", "that", "if", "than", "or", "since");
    private static final Set<String> PRONOUN_OBJECT = Set.of("him", "her", "them", "it", "us", "me", "himself", "herself", "itself", "themselves");
    private static final Set<String> WEAK_VERBS = Set.of("be", "have", "do", "say", "come", "go", "get", "make", "become", "seem", "appear");
    private static final int MAX_OBJECT_TOKENS = 9;
    private final Lexicon lexicon;

    EventFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Event> find(AnalyzedText text, Map<Integer, List<EntityFinder.Placed>> placed) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<EntityFinder.Placed> here = placed.getOrDefault(s.index(), List.of());
            for (EntityFinder.Placed subject : here) {
                EntityType type = subject.entity().type();
                if (type != EntityType.PERSON && type != EntityType.COUNTRY && type != EntityType.ORGANISATION) {
                    continue;
                }
                Event e = event(s, subject, here);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private Event event(Sentence s, EntityFinder.Placed subject, List<EntityFinder.Placed> here) {
        List<Token> t = s.tokens();
        int v = subject.to();
        if (v >= t.size()) {
            return null;
        }
        String aux = "";
        if (v + 1 < t.size() && t.get(v).hasTag("AUX") && List.of("has", "have", "had").contains(t.get(v).text())
                && t.get(v + 1).hasTag("VERB")) {
            aux = t.get(v).text() + " ";
            v++;
        }
        Token verb = t.get(v);
        if (!verb.hasTag("VERB") || !(NumberFinder.isPast(verb) || (!aux.isEmpty() && !verb.text().endsWith("ing"))) || lexicon.isAttributionVerb(verb.text())
                || WEAK_VERBS.contains(verb.lemma()) || insideQuote(s, v)) {
            return null;
        }
        int o = v + 1;
        int end = o;
        while (end < t.size() && !STOP.contains(t.get(end).text().toLowerCase(Locale.ROOT))
                && !(t.get(end).text().equals("in") && end > o)) {
            end++;
        }
        boolean bare = o < t.size() && t.get(o).text().equals("in");
        if (bare) {
            end = o;
        }
        if ((end == o && !bare) || end - o > MAX_OBJECT_TOKENS || PRONOUN_OBJECT.contains(t.get(o).text().toLowerCase(Locale.ROOT))
                || (!bare && !t.get(o).hasTag("PROPN", "NOUN", "DET", "NUM", "ADJ"))) {
            return null;
        }
        for (int k = o; k < end; k++) {
            if (t.get(k).hasTag("PRON") && !t.get(k).text().equalsIgnoreCase("its")) {
                return null;
            }
        }
        String object = bare ? "" : Chunker.text(s, o, end);
        Entity place = null;
        String placeText = null;
        Entity year = null;
        if (bare && !(o + 1 < t.size() && here.stream().anyMatch(p -> p.from() == o + 1 && p.entity().type().isPlace()))) {
            return null;
        }
        if (end + 1 < t.size() && t.get(end).text().equals("in")) {
            for (EntityFinder.Placed p : here) {
                if (p.from() == end + 1 && p.to() <= t.size()) {
                    if (p.entity().type() == EntityType.YEAR) {
                        year = p.entity();
                    } else if (p.entity().type().isPlace()) {
                        place = p.entity();
                        placeText = Chunker.text(s, p.from(), p.to());
                    }
                }
            }
        }
        String subjectText = Chunker.text(s, subject.phraseFrom(), subject.to());
        return new Event(subject.entity(), subjectText, aux + verb.text(), verb.lemma(), object, place, placeText, year, s.index());
    }

    private static boolean insideQuote(Sentence s, int i) {
        int quotes = 0;
        for (int k = 0; k < i; k++) {
            if (s.tokens().get(k).text().equals("\"")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
