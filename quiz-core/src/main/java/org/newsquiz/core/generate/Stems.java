package org.newsquiz.core.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * Checks that a sentence, kept as the article wrote it, can stand as a question's stem: it is not part of a
 * quotation, and its pronouns and "the move"-like phrases point at nothing outside it.
 */
final class Stems {
    static final int MIN_WORDS = 7;
    static final int MAX_WORDS = 40;
    private static final Set<String> ANY_REFERENT = Set.of("who", "whom", "whose", "which", "what", "that", "whatever",
            "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "none", "something", "anything",
            "nothing", "everything", "each", "both", "all", "one", "others", "another", "there");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "itself", "they", "them", "their", "theirs", "themselves");

    private Stems() {
    }

    /**
     * A sentence to ask about: a full sentence of a workable length that neither opens a quotation nor sits inside
     * one carried over from the sentences before it in its paragraph.
     */
    static boolean usable(FactSheet facts, Sentence s) {
        String text = s.text().strip();
        if (s.wordCount() < MIN_WORDS || s.wordCount() > MAX_WORDS || !text.matches("(?s).*[.!?]$")
                || text.matches("(?s)^[\"\u201c\u2018'].*") || quoteMarks(text) % 2 != 0) {
            return false;
        }
        return !insideQuotation(facts, s.index());
    }

    /**
     * Whether a quotation left open by the sentences before it in the paragraph runs through sentence {@code at}.
     * A sentence that opens with a quotation mark starts a new quotation, so one never closed ("…needs to be
     * addressed.") does not carry on past the next that opens one.
     */
    private static boolean insideQuotation(FactSheet facts, int at) {
        List<Sentence> all = facts.text().sentences();
        int first = at;
        while (first > 0 && all.get(first - 1).paragraph() == all.get(at).paragraph()) {
            first--;
        }
        boolean open = false;
        for (int i = first; i < at; i++) {
            String text = all.get(i).text().strip();
            boolean odd = quoteMarks(text) % 2 != 0;
            open = text.matches("(?s)^[\"\u201c].*") ? odd : open ^ odd;
        }
        return open;
    }

    private static long quoteMarks(String text) {
        return text.chars().filter(c -> c == '"' || c == '\u201c' || c == '\u201d').count();
    }

    /**
     * Whether tokens {@code [from, to)} lean on nothing outside the sentence: no pronoun but those that can only
     * mean the actor asked about ({@code actor}'s kind; none when null), no "the move", no denial.
     */
    static boolean selfContained(Sentence s, int from, int to, EntityType actor) {
        List<Token> tokens = s.tokens();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals(":")) {
                return false;
            }
            if (t.hasTag("PRON") && !ANY_REFERENT.contains(w) && !ownPronoun(w, actor) && !pointsWithin(tokens, from, i, w)) {
                return false;
            }
            if (i + 1 < to && ClauseText.pointsBack(w, tokens.get(i + 1).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "e-mails should be deleted if they served no purpose": a third-person pronoun after a noun of its own kind in
     * the same stem (a name for "he" or "she") means that noun, not something outside.
     */
    private static boolean pointsWithin(List<Token> tokens, int from, int at, String w) {
        boolean person = PERSON_PRONOUNS.contains(w);
        if (!person && !GROUP_PRONOUNS.contains(w)) {
            return false;
        }
        for (int i = from; i < at; i++) {
            if (tokens.get(i).hasTag("PROPN") || !person && tokens.get(i).hasTag("NOUN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownPronoun(String w, EntityType actor) {
        if (actor == null) {
            return false;
        }
        return (actor == EntityType.PERSON ? PERSON_PRONOUNS : GROUP_PRONOUNS).contains(w);
    }

    /**
     * The one person "he" or "she" at token {@code at} can mean: the only person named in the nearest sentence
     * before it (in the paragraph, or the paragraph before) that names anyone. Null when two are named there.
     */
    static Entity personReferent(FactSheet facts, Sentence s, int at) {
        String w = s.tokens().get(at).text().toLowerCase(Locale.ROOT);
        if (!w.equals("he") && !w.equals("she")) {
            return null;
        }
        List<Sentence> all = facts.text().sentences();
        for (int i = s.index() - 1; i >= Math.max(0, s.index() - 2); i--) {
            if (all.get(i).paragraph() < s.paragraph() - 1) {
                break;
            }
            Set<Entity> named = new LinkedHashSet<>();
            for (Entity e : facts.entities()) {
                for (Mention m : e.mentions()) {
                    if (m.sentence() == i && e.type() == EntityType.PERSON) {
                        named.add(e);
                    }
                }
            }
            if (!named.isEmpty()) {
                return named.size() == 1 ? named.iterator().next() : null;
            }
        }
        return null;
    }

    /**
     * A wrong option for {@code answer}: a person's name, not a title taken for one ("Salford MP"), and written as
     * fully as the answer ("Macron" beside "Volodymyr Zelensky" would turn every name into a surname).
     */
    static boolean plausibleBeside(Entity e, Entity answer) {
        if (e.type() != EntityType.PERSON) {
            return true;
        }
        String[] words = e.name().split(" ");
        return words[words.length - 1].matches("\\p{Lu}[\\p{Ll}'’-].*") && (words.length > 1 || !answer.name().contains(" "));
    }

    /** Whether {@code e} is named in tokens {@code [from, to)} of the sentence. */
    static boolean namedIn(Entity e, Sentence s, int from, int to) {
        for (Mention m : e.mentions()) {
            int at = s.tokenAt(m.span().start());
            if (m.sentence() == s.index() && at >= from && at < to) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} as the sentence writes them. */
    static String text(Sentence s, int from, int to) {
        int start = s.tokens().get(from).span().start() - s.span().start();
        int end = s.tokens().get(to - 1).span().end() - s.span().start();
        return s.text().substring(start, end);
    }

    /** The end of the sentence's words: closing punctuation left out, a closing quotation mark kept. */
    static int wordsEnd(Sentence s, int from) {
        int end = s.tokens().size();
        while (end > from && !Character.isLetterOrDigit(s.tokens().get(end - 1).text().charAt(0))
                && !s.tokens().get(end - 1).text().matches("[\"\u201d)%]")) {
            end--;
        }
        return end;
    }

    /** "Last year" at a sentence's start becomes "last year" at a question's end; a name keeps its capital. */
    static String lowerFirst(Sentence s, int from, String text) {
        Token t = s.tokens().get(from);
        return t.hasTag("PROPN") || t.text().equals("I") ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
