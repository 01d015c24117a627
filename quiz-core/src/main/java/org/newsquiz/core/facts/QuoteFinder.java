package org.newsquiz.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsquiz.core.nlp.AnalyzedText;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;
import org.newsquiz.core.text.Token;

/**
 * Quotations and their speakers: "X said:" or "X insisted:" before the quote, or ", X added" /
 * ", said X" after it; quotes may run over several sentences of one paragraph.
 */
final class QuoteFinder {
    private static final java.util.Set<String> PERSONAL_PRONOUNS = java.util.Set.of("he", "she");
    private final Lexicon lexicon;

    QuoteFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Quote> find(AnalyzedText text, Map<Integer, List<EntityFinder.Placed>> placed) {
        String norm = text.normalized();
        List<Quote> out = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        int i = 0;
        while (i < sentences.size()) {
            int p = sentences.get(i).paragraph();
            int j = i;
            while (j + 1 < sentences.size() && sentences.get(j + 1).paragraph() == p) {
                j++;
            }
            paragraph(text, norm, sentences.subList(i, j + 1), placed, out);
            i = j + 1;
        }
        return out;
    }

    private void paragraph(AnalyzedText text, String norm, List<Sentence> para, Map<Integer, List<EntityFinder.Placed>> placed, List<Quote> out) {
        int start = para.get(0).span().start();
        int end = para.get(para.size() - 1).span().end();
        int open = -1;
        Entity previous = null;
        int previousClose = -1;
        for (int at = start; at < end; at++) {
            if (norm.charAt(at) != '"') {
                continue;
            }
            if (open < 0) {
                open = at;
                continue;
            }
            Span inner = new Span(open + 1, at);
            open = -1;
            String words = inner.of(norm).strip();
            if (words.isEmpty()) {
                continue;
            }
            Sentence first = text.sentenceAt(inner.start());
            Sentence last = text.sentenceAt(Math.max(inner.start(), inner.end() - 1));
            if (first == null || last == null) {
                continue;
            }
            Entity speaker = speakerBefore(text, first, inner.start() - 1, placed);
            Sentence after = text.sentenceAt(at + 1) != null ? text.sentenceAt(at + 1) : last;
            if (speaker == null) {
                speaker = speakerAfter(text, after, at + 1, first, open(inner), placed);
            }
            if (speaker == null && previous != null && !otherPersonBetween(text, placed, previous, previousClose, inner.start())) {
                speaker = previous;
            }
            previous = speaker;
            previousClose = at;
            if (speaker != null) {
                boolean complete = Character.isUpperCase(words.charAt(0)) && words.split("\\s+").length >= 5;
                out.add(new Quote(words, speaker, Math.min(first.index(), after.index()), Math.max(last.index(), after.index()), inner, complete));
            }
        }
    }

    /** The person right before an attribution verb that introduces the quote in the same sentence. */
    private Entity speakerBefore(AnalyzedText text, Sentence s, int quoteAt, Map<Integer, List<EntityFinder.Placed>> placed) {
        List<Token> t = s.tokens();
        int limit = s.tokenAt(quoteAt);
        for (int v = limit - 1; v > 0; v--) {
            if (lexicon.isAttributionVerb(t.get(v).text())) {
                Entity e = personEndingAt(s, v, placed);
                if (e == null && t.get(v - 1).text().equals(",")) {
                    e = personBeforeApposition(s, v - 1, placed);
                }
                if (e == null && v > 1 && t.get(v - 1).hasTag("ADV")) {
                    e = personEndingAt(s, v - 1, placed);
                }
                if (e == null && isPersonalPronoun(t.get(v - 1))) {
                    e = lastPersonBefore(text, s, v - 1, placed);
                }
                return e;
            }
        }
        return null;
    }

    /** ", Macron added" or ", said Macron" right after the closing quotation mark. */
    private static int open(Span inner) {
        return inner.start() - 1;
    }

    /** {@code opened}, {@code openAt}: where the quote began, so a "he" after it looks for a name only before it. */
    private Entity speakerAfter(AnalyzedText text, Sentence s, int closeAt, Sentence opened, int openAt,
            Map<Integer, List<EntityFinder.Placed>> placed) {
        List<Token> t = s.tokens();
        int i = s.tokenAt(closeAt);
        if (i < t.size() && t.get(i).text().equals(",")) {
            i++;
        }
        if (i >= t.size()) {
            return null;
        }
        if (lexicon.isAttributionVerb(t.get(i).text())) {
            for (EntityFinder.Placed p : placed.getOrDefault(s.index(), List.of())) {
                if (p.entity().type() == EntityType.PERSON && p.phraseFrom() > i && p.phraseFrom() <= i + 4
                        && capitalisedBetween(t, i + 1, p.phraseFrom())) {
                    return p.entity(); // "said Home Office Minister Hazel Blears": the name after its affiliation
                }
            }
            return null;
        }
        for (EntityFinder.Placed p : placed.getOrDefault(s.index(), List.of())) {
            if (p.phraseFrom() == i && p.entity().type() == EntityType.PERSON && p.to() < t.size()
                    && lexicon.isAttributionVerb(t.get(p.to()).text())) {
                return p.entity();
            }
        }
        if (isPersonalPronoun(t.get(i)) && i + 1 < t.size() && lexicon.isAttributionVerb(t.get(i + 1).text())) {
            return lastPersonBefore(text, opened, opened.tokenAt(openAt), placed);
        }
        return null;
    }

    private static boolean capitalisedBetween(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).isCapitalised() || t.get(k).hasTag("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a person other than the last speaker is named between two quotes of a paragraph; when none is,
     * the second quote goes on the first one's words ("…," said X, who leads the agency. "…").
     */
    private static boolean otherPersonBetween(AnalyzedText text, Map<Integer, List<EntityFinder.Placed>> placed, Entity speaker,
            int from, int to) {
        for (Sentence s : text.sentences()) {
            if (s.span().end() <= from || s.span().start() >= to) {
                continue;
            }
            for (EntityFinder.Placed p : placed.getOrDefault(s.index(), List.of())) {
                int at = s.tokens().get(p.from()).span().start();
                if (at > from && at < to && p.entity().type() == EntityType.PERSON && !p.entity().equals(speaker)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Paolo Ferraresi, the agency's mission manager, said": the person whose name is followed by a comma and words
     * without a verb (or a "who" clause) up to the comma before the attribution verb.
     */
    private static Entity personBeforeApposition(Sentence s, int comma, Map<Integer, List<EntityFinder.Placed>> placed) {
        List<Token> t = s.tokens();
        Entity found = null;
        int foundAt = -1;
        for (EntityFinder.Placed p : placed.getOrDefault(s.index(), List.of())) {
            if (p.entity().type() != EntityType.PERSON || p.to() >= comma || !t.get(p.to()).text().equals(",") || p.from() < foundAt) {
                continue;
            }
            boolean appositive = true;
            for (int k = p.to() + 1; k < comma && appositive; k++) {
                if (t.get(k).text().equals("who")) {
                    break;
                }
                appositive = !t.get(k).hasTag("VERB", "AUX") && !t.get(k).text().equals("\"");
            }
            if (appositive) {
                found = p.entity();
                foundAt = p.from();
            }
        }
        return found;
    }

    private static boolean isPersonalPronoun(Token t) {
        return PERSONAL_PRONOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The person a "he" or "she" before {@code tokenIndex} refers to: the one person named earlier in the sentence,
     * else in the sentence before within the paragraph; a quote's own words are no place to look, so names after it
     * are ignored. Two people named there, or a sentence in between that opens with a name not known as anyone's,
     * leave the pronoun unresolved: no speaker is better than a wrong one.
     */
    private static Entity lastPersonBefore(AnalyzedText text, Sentence s, int tokenIndex, Map<Integer, List<EntityFinder.Placed>> placed) {
        for (int k = s.index(); k >= Math.max(0, s.index() - 1); k--) {
            Sentence here = text.sentences().get(k);
            if (k < s.index() && (here.paragraph() != s.paragraph()
                    || opensWithUnknownName(here, placed.getOrDefault(k, List.of())))) {
                return null;
            }
            java.util.Set<Entity> people = new java.util.LinkedHashSet<>();
            int verb = here.firstVerb();
            for (EntityFinder.Placed p : placed.getOrDefault(k, List.of())) {
                if (p.entity().type() == EntityType.PERSON && (k < s.index() || p.to() <= tokenIndex)) {
                    people.add(p.entity());
                }
            }
            // "The United boss said it was worse than the foul on Ashley Cole. … he said": a person named after the
            // verb of the sentence before is not who "he" is.
            if (k < s.index() && people.size() == 1 && placed.getOrDefault(k, List.of()).stream()
                    .anyMatch(p -> people.contains(p.entity()) && p.from() > verb)) {
                return null;
            }
            if (people.size() > 1) {
                return null;
            }
            if (people.size() == 1) {
                return people.iterator().next();
            }
        }
        return null;
    }

    /**
     * "Paolo Ferraresi later thanked the team", "Mellberg spoke": two capitalised proper nouns, or one alone, open
     * the sentence and no entity found there (a titled name such as "Interior Minister Bruno Lefort" is one) covers
     * them.
     */
    private static boolean opensWithUnknownName(Sentence s, List<EntityFinder.Placed> here) {
        List<Token> t = s.tokens();
        if (t.size() < 3 || !t.get(0).hasTag("PROPN") || !t.get(0).isCapitalised()) {
            return false;
        }
        if (!t.get(1).hasTag("PROPN")) {
            // "Mellberg spoke …": one unknown name as the subject is as good a referent as any named person.
            return here.stream().noneMatch(p -> Math.min(p.phraseFrom(), p.from()) == 0);
        }
        if (!t.get(1).isCapitalised()) {
            return false;
        }
        return here.stream().noneMatch(p -> Math.min(p.phraseFrom(), p.from()) <= 1 && p.to() > 1);
    }

    static Entity personEndingAt(Sentence s, int tokenIndex, Map<Integer, List<EntityFinder.Placed>> placed) {
        for (EntityFinder.Placed p : placed.getOrDefault(s.index(), List.of())) {
            if (p.to() == tokenIndex && p.entity().type() == EntityType.PERSON) {
                return p.entity();
            }
        }
        return null;
    }
}
