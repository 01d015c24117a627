package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.structure.Clause;
import org.newsquiz.core.structure.Phrase;
import org.newsquiz.core.structure.VerbGroup;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * A clause simplified to what a question needs: its subject, verb group, object and time as short phrases,
 * leading discourse words and appositions gone, a leading time moved to the end; and the question forms made from
 * them, with do-support ("Brown proposed the idea" → "did Brown propose").
 */
record ClauseText(Clause clause, Sentence sentence, String subject, String object, String time, Entity actor, int end,
        FactSheet facts, String source) {
    private static final int MAX_WORDS = 30;
    private static final Set<String> ANAPHORIC_NOUNS = Set.of("idea", "plan", "move", "decision", "proposal", "deal", "matter",
            "issue", "situation", "case", "claim", "claims", "report", "statement", "thing", "things", "news", "announcement",
            "event", "match", "game", "man", "woman", "incident", "change", "changes", "step", "measure", "measures", "problem",
            "question", "comments", "remarks", "one", "way", "agreement", "scheme", "offer", "request", "call", "effort", "efforts");
    private static final Set<String> VAGUE_DETERMINERS = Set.of("the", "this", "that", "these", "those");

    /**
     * The clause's parts, or null when its subject or object needs words outside it (a pronoun, "the man"); a
     * pronoun subject whose {@code referent} is known is replaced by the referent's name.
     */
    static ClauseText of(FactSheet facts, Sentence s, Clause c, Entity referent) {
        if (c.object() == null || s.tokens().get(c.object().from()).hasTag("VERB")
                || s.tokens().get(c.subject().from()).text().matches("['\u2019]s?")
                || c.object().kind() == Phrase.Kind.OBJECT && !s.tokens().get(c.object().to() - 1).hasTag("NOUN", "PROPN", "NUM") || pointsBack(s, c.object()) || c.verb().negated() || referent == null && (!selfContained(s, c.subject()) || vague(s, c.subject()))
                || !(selfContained(s, c.object()) || c.object().kind() == Phrase.Kind.COMPLEMENT && refersBack(s, c))) {
            return null;
        }
        Phrase t = c.adjunct(Phrase.Kind.TIME);
        // "the rest of X's year": a time that starts with a possessive's ending belongs to the words before it.
        String time = t == null || !selfContained(s, t) || s.tokens().get(t.from()).text().matches("['\u2019]s?") ? "" : t.text(s);
        if (!time.isEmpty() && t.from() == 0 && !s.tokens().get(0).hasTag("PROPN")) {
            time = Character.toLowerCase(time.charAt(0)) + time.substring(1);
        }
        String object = c.object() == null ? "" : c.object().text(s);
        if (object.chars().filter(ch -> ch == '"' || ch == '(' || ch == ')').count() > 0) {
            return null;
        }
        int end = c.verb().to();
        if (c.object() != null) {
            end = Math.max(end, c.object().to());
        }
        if (!time.isEmpty() && t.from() > c.verb().from()) {
            end = Math.max(end, t.to());
        }
        // Words between the object and a later time ("on red alert, its highest level,") are left out with the time.
        if (end > c.verb().to() && !plainRun(s, c.object().to(), end)) {
            if (t != null && t.from() > c.verb().from()) {
                time = "";
            }
            end = Math.max(c.verb().to(), c.object().to());
        }
        if (!plainRun(s, c.object().kind() == Phrase.Kind.COMPLEMENT ? c.object().to() : c.verb().to(), end)) {
            return null;
        }
        String subject = EventQuestions.plainNames(c.subject().text(s), facts);
        // A title dropped by plainNames leaves the name first: it keeps its capital.
        subject = subject.startsWith(s.tokens().get(c.subject().from()).text()) ? inner(subject, s, c.subject(), facts) : subject;
        ClauseText out = new ClauseText(c, s, referent == null ? subject : referent.name(),
                EventQuestions.plainNames(object, facts), time, referent == null ? actor(facts, s, c.subject()) : referent, end, facts, "");
        String stem = out.statement();
        return stem.split("\\s+").length > MAX_WORDS || stem.matches(".*[\"\u201c\u201d()].*") ? null : out;
    }

    /** "Mr Brown proposed the idea earlier this week". */
    String statement() {
        return statementWith(subject);
    }

    /** The statement with another subject. */
    String statementWith(String otherSubject) {
        return framed(join(otherSubject, finite(), afterVerb(), leadingTime()));
    }

    /** The clause as the words of {@code speaker}, who said it: its questions open "According to …". */
    ClauseText reportedBy(String speaker) {
        return new ClauseText(clause, sentence, subject, object, time, actor, end, facts, speaker);
    }

    /** A stem in the clause's words, credited to its speaker when it is reported speech. */
    String framed(String stem) {
        return source.isEmpty() ? DatedQuestions.capitalised(stem) : "According to " + source + ", " + stem;
    }

    /** A question, credited to the clause's speaker when it is reported speech: "According to X, who …?". */
    String ask(String question) {
        return source.isEmpty() ? question : "According to " + source + ", " + Character.toLowerCase(question.charAt(0)) + question.substring(1);
    }

    /** What follows the verb group up to the clause's last phrase: "the idea earlier this week". */
    String afterVerb() {
        return plain(words(clause.verb().to(), end));
    }

    /** What follows the verb group without the time: "the idea". */
    String afterVerbUntimed() {
        Phrase t = clause.adjunct(Phrase.Kind.TIME);
        if (time.isEmpty() || t.from() < clause.verb().from()) {
            return afterVerb();
        }
        return t.to() == end ? plain(words(clause.verb().to(), t.from())) : null;
    }

    /** What follows the object, with a leading time moved to the end: "earlier this week". */
    String afterObject() {
        return join(plain(words(clause.object().to(), end)), leadingTime());
    }

    private String leadingTime() {
        Phrase t = clause.adjunct(Phrase.Kind.TIME);
        return !time.isEmpty() && t.from() < clause.verb().from() ? time : "";
    }

    private String plain(String text) {
        return EventQuestions.plainNames(text, facts);
    }

    /** The verb group as written: "has said", "proposed", "agreed to settle". */
    String finite() {
        return words(clause.verb().from(), clause.verb().to());
    }

    /** The verb group inverted around the subject for a question: "did Mr Brown propose", "has Ahold admitted". */
    String inverted() {
        VerbGroup v = clause.verb();
        List<Token> tokens = sentence.tokens();
        String rest = words(v.head() + 1, v.to());
        if (!v.auxiliaries().isEmpty()) {
            int firstAux = firstAux();
            return join(tokens.get(firstAux).text().toLowerCase(Locale.ROOT), subject, words(firstAux + 1, v.to()));
        }
        String head = tokens.get(v.head()).text();
        if (v.lemma().equalsIgnoreCase(head) && head.endsWith("ed")) {
            return null;
        }
        if (v.lemma().equals("be")) {
            return join(head.toLowerCase(Locale.ROOT), subject, rest);
        }
        String does = switch (v.tense()) {
            case PAST -> "did";
            case PRESENT_PLURAL -> "do";
            case PRESENT -> "does";
            default -> null;
        };
        return does == null ? null : join(does, subject, v.lemma(), rest);
    }

    /** The verb group with the head blanked: "has _____", "_____ to settle". */
    String blankedVerb() {
        VerbGroup v = clause.verb();
        return join(words(v.from(), v.head()), Cloze.BLANK, words(v.head() + 1, v.to()));
    }

    String headVerb() {
        return sentence.tokens().get(clause.verb().head()).text();
    }

    /** Past simple, no auxiliary: "What did X do?" is answered by "proposed the idea". */
    boolean simplePast() {
        return clause.verb().auxiliaries().isEmpty() && clause.verb().tense() == VerbGroup.Tense.PAST && !clause.verb().lemma().equals("be");
    }

    /**
     * The predicate a student picks for "What did X do?": "proposed the idea"; null when the clause goes on after it
     * ("began the year as world number one"), where the cut would change what was done.
     */
    String predicate() {
        String untimed = afterVerbUntimed();
        boolean whole = end >= sentence.tokens().size() || !sentence.tokens().get(end).hasTag("ADP", "PART", "ADV", "ADJ", "NOUN", "PROPN");
        return untimed == null || !whole ? null : join(finite(), untimed);
    }

    private int firstAux() {
        VerbGroup v = clause.verb();
        for (int i = v.from(); i < v.head(); i++) {
            if (sentence.tokens().get(i).hasTag("AUX")) {
                return i;
            }
        }
        return v.from();
    }

    String words(int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = sentence.tokens().get(from).span().start() - sentence.span().start();
        int end = sentence.tokens().get(to - 1).span().end() - sentence.span().start();
        return sentence.text().substring(start, end);
    }

    static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(p.strip());
            }
        }
        return b.toString();
    }

    /** A subject inside a question: "The deal" becomes "the deal", names stay as written. */
    private static String inner(String text, Sentence s, Phrase p, FactSheet facts) {
        Token first = s.tokens().get(p.from());
        // "Henman" tagged as a noun is still a name when the article writes it with a capital mid-sentence.
        boolean name = first.hasTag("PROPN") || facts.entities().stream().flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.span().contains(first.span()))
                || java.util.regex.Pattern.compile("[\\p{Ll},;] " + java.util.regex.Pattern.quote(first.text()) + "\\b")
                        .matcher(facts.text().normalized()).find();
        String lower = first.text().toLowerCase(Locale.ROOT);
        // "Ukrainian authorities" keeps its capital; "Engineers from Delta Works" and "Several critics" do not.
        boolean common = first.hasTag("NOUN", "NUM") && Character.isLowerCase(first.lemma().isEmpty() ? 'A' : first.lemma().charAt(0))
                || first.hasTag("ADJ") && facts.text().normalized().contains(" " + lower + " ");
        return (first.hasTag("DET") || common && !name) && !text.isEmpty() ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** Tokens {@code [from, to)} hold no pronoun, comma, quote or bracket. */
    private static boolean plainRun(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (t.hasTag("PRON") || t.text().matches("[,;:\"\u201c\u201d()\u2013\u2014]")) {
                return false;
            }
        }
        return true;
    }

    /** No pronoun and no unclosed quote: the phrase can be read without the sentences around it. */
    static boolean selfContained(Sentence s, Phrase p) {
        for (int i = p.from(); i < p.to(); i++) {
            Token t = s.tokens().get(i);
            if (t.hasTag("PRON") || t.text().matches("[\"\u201c\u201d]")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Wenger has admitted he is at a loss": a reported clause whose pronouns can only mean the named subject, the
     * one person or body the sentence names.
     */
    private static boolean refersBack(Sentence s, Clause c) {
        int names = 0;
        for (int i = c.subject().from(); i < c.subject().to(); i++) {
            names += s.tokens().get(i).hasTag("PROPN") && (i == c.subject().from() || !s.tokens().get(i - 1).hasTag("PROPN")) ? 1 : 0;
        }
        for (int i = c.object().from(); i < c.object().to(); i++) {
            Token t = s.tokens().get(i);
            if (t.hasTag("PROPN") && !s.tokens().get(i - 1).hasTag("PROPN")) {
                names++;
            }
            if (t.hasTag("PRON") && !t.text().toLowerCase(Locale.ROOT).matches("he|she|him|her|his|it|its|they|them|their|who|which|that|what")
                    || t.text().matches("[\"\u201c\u201d]")) {
                return false;
            }
        }
        return names == 1;
    }

    /** "the idea", "this move": a noun that only names something told before. */
    private static boolean pointsBack(Sentence s, Phrase p) {
        String first = s.tokens().get(p.from()).text();
        String last = s.tokens().get(p.to() - 1).text();
        return p.size() <= 3 && pointsBack(first, last);
    }

    /** "the move", "this plan": a determiner and a noun that stand for something said before. */
    static boolean pointsBack(String determiner, String noun) {
        return VAGUE_DETERMINERS.contains(determiner.toLowerCase(Locale.ROOT)) && ANAPHORIC_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
    }

    /** "The man", "the match": a short definite noun group without a name or a figure, which points elsewhere. */
    static boolean vague(Sentence s, Phrase p) {
        boolean named = false;
        for (int i = p.from(); i < p.to(); i++) {
            named |= s.tokens().get(i).hasTag("PROPN", "NUM");
        }
        return !named && VAGUE_DETERMINERS.contains(s.tokens().get(p.from()).text().toLowerCase(Locale.ROOT)) && p.size() <= 3;
    }

    /**
     * The person, organisation or country the subject names: its mention ends the subject and the words before it are
     * a title ("Chancellor Gordon Brown") or "the".
     */
    static Entity actor(FactSheet facts, Sentence s, Phrase p) {
        for (Entity e : facts.entities()) {
            if (e.type() != org.newsquiz.core.facts.EntityType.PERSON && e.type() != org.newsquiz.core.facts.EntityType.ORGANISATION
                    && e.type() != org.newsquiz.core.facts.EntityType.COUNTRY) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.sentence() == s.index() && p.span().contains(m.span()) && m.span().end() == p.span().end()
                        && titleOnly(s, p.from(), s.tokenAt(m.span().start()))) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean titleOnly(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            if (!(t.isCapitalised() || t.text().equalsIgnoreCase("the"))) {
                return false;
            }
        }
        return true;
    }

    /** Entities named anywhere in the sentence: never a wrong option, they may be the answer as well. */
    static List<Entity> named(FactSheet facts, int sentence) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : facts.entities()) {
            if (e.mentions().stream().anyMatch(m -> m.sentence() == sentence)) {
                out.add(e);
            }
        }
        return out;
    }
}
