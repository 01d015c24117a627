package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Mention;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * "Who accused the minister of playing a card?": a sentence whose actor is a named person, organisation or
 * country asks for that actor, the rest kept as the article wrote it so the stem needs no reordering. The actor
 * opens the sentence ("Mr Beith urged …", "He said …" when one person can be meant) or reports it at the end
 * ("…, Mr Thomas said."). Other actors of the same kind from the article are the wrong options; with fewer than
 * two of them, the sentence's name is blanked instead when others of its kind can be offered.
 */
public final class ActorQuestions implements DraftGenerator {
    private static final int MAX_TITLE_WORDS = 5;
    private static final int MAX_APPOSITION = 12;
    private static final Set<String> DISCOURSE = Set.of("but", "and", "however", "meanwhile", "also", "now", "so", "yet",
            "still", "instead", "indeed", "separately", "elsewhere", "then");
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "warn", "insist", "note", "reveal",
            "explain", "argue", "admit", "write", "suggest", "report", "claim", "confirm", "deny", "believe", "think", "feel");

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        for (Sentence s : facts.text().sentences()) {
            if (!Stems.usable(facts, s)) {
                continue;
            }
            Opening o = Opening.of(s);
            Actor a = o == null ? null : Actor.opening(facts, s, o);
            if (a == null) {
                a = Actor.reporting(facts, s);
            }
            Draft d = a == null ? null : ask(distractors, facts, s, a);
            if (d == null) {
                d = NameClozeQuestions.ask(facts, distractors, s, "clause:" + s.index() + ":name");
            }
            if (d == null && a != null) {
                d = statement(distractors, facts, s, a);
            }
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The who-question, with at least two others of the actor's kind as wrong options. No true/false that swaps the
     * actor: reviewers found "X said …" beside "Y said …" a test of attribution, not of the story, and often arguable.
     */
    private static Draft ask(Distractors distractors, FactSheet facts, Sentence s, Actor a) {
        List<String> names = names(distractors, facts, s, a.entity());
        if (names.size() < 3) {
            return null;
        }
        if (CONTINUING.matcher(a.predicate()).find()) {
            return null;
        }
        String ask = a.entity().type() == EntityType.COUNTRY ? "Which country" : "Who";
        String prompt = ask + " " + a.predicate() + "?";
        return new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(names, prompt), List.of(names.get(0)),
                s.index(), s.index(), 0.4, tags(a.entity(), "actor"), 0, "clause:" + s.index() + ":" + a.verbHead());
    }

    /**
     * With only two people to choose from, the act as a statement about one of them, even odds: a last resort,
     * tagged {@code fallback}, that a quiz takes only when it has nothing else.
     */
    private static Draft statement(Distractors distractors, FactSheet facts, Sentence s, Actor a) {
        List<String> names = names(distractors, facts, s, a.entity());
        if (names.size() != 2 || a.entity().type() != EntityType.PERSON || PERSONAL.matcher(a.predicate()).find()) {
            return null;
        }
        boolean truth = distractors.showsTrue("actor:" + s.index());
        String prompt = "True or false? " + names.get(truth ? 0 : 1) + " " + a.predicate() + ".";
        return new Draft(QuestionType.TRUE_FALSE, prompt, List.of("True", "False"), List.of(truth ? "True" : "False"),
                s.index(), s.index(), 0.3, List.of("event", "statement", "person", FALLBACK), 0, "clause:" + s.index() + ":" + a.verbHead());
    }

    /** "Who also played down fears …", "Who added that …": a stem that goes on from a sentence it does not show. */
    private static final java.util.regex.Pattern CONTINUING = java.util.regex.Pattern.compile(
            "^(?:(?:has|have|had|was|is) )?(?:also|added|adds|went on)\\b");

    /** The tag of drafts a quiz takes only when it has no other. */
    public static final String FALLBACK = "fallback";

    /** "Refused to reimburse her": a predicate that tells two people apart by its pronoun. */
    private static final java.util.regex.Pattern PERSONAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:he|she|him|her|his|hers|himself|herself)\\b");

    /** The actor's name first, then up to three others of its kind from the article that the sentence does not name. */
    private static List<String> names(Distractors distractors, FactSheet facts, Sentence s, Entity actor) {
        if (!Stems.surelyPerson(facts, actor)) {
            return List.of();
        }
        List<Entity> inSentence = ClauseText.named(facts, s.index());
        List<Entity> people = new ArrayList<>(List.of(actor));
        for (Entity e : distractors.fromArticle(actor.type(), List.of(actor), 12)) {
            if (people.size() < 4 && !inSentence.contains(e) && !Stems.sharesName(e, people) && Stems.plausibleBeside(facts, e, actor)) {
                people.add(e);
            }
        }
        List<String> names = actor.type() == EntityType.PERSON ? Distractors.personNames(people)
                : new ArrayList<>(people.stream().map(Entity::name).toList());
        if (actor.type() == EntityType.COUNTRY && names.size() < 4) {
            for (String n : distractors.fromListsNear(EntityType.COUNTRY, actor.name(), 4 - names.size())) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** An event's tags, with "person" when a person is the answer. */
    static List<String> tags(Entity answer, String form) {
        return answer.type() == EntityType.PERSON ? List.of("event", form, "person") : List.of("event", form);
    }

    /**
     * Where the sentence's subject starts once a leading discourse word ("But") and a leading phrase closed by a
     * comma ("Last year,") are set aside; the phrase goes to the end of the question.
     */
    record Opening(int start, String trailer) {
        static Opening of(Sentence s) {
            List<Token> tokens = s.tokens();
            int k = 0;
            if (DISCOURSE.contains(tokens.get(0).text().toLowerCase(Locale.ROOT))) {
                k = tokens.size() > 1 && tokens.get(1).text().equals(",") ? 2 : 1;
            }
            String trailer = "";
            int comma = -1;
            for (int i = k; i < Math.min(tokens.size(), k + 7); i++) {
                if (tokens.get(i).text().equals(",")) {
                    comma = i;
                    break;
                }
            }
            if (comma > k && tokens.get(k).hasTag("ADP", "ADV", "ADJ", "DET", "NUM", "NOUN")) {
                for (int i = k; i < comma; i++) {
                    if (tokens.get(i).hasTag("VERB", "AUX", "PRON")) {
                        return null;
                    }
                }
                trailer = " " + Stems.lowerFirst(s, k, s.text(k, comma));
                k = comma + 1;
            }
            return k < tokens.size() ? new Opening(k, trailer) : null;
        }
    }

    /**
     * The actor of sentence {@code s} and what the question says of it: {@code predicate} follows "Who";
     * {@code verbHead} is the main verb's token.
     */
    record Actor(Entity entity, String predicate, int verbHead) {
        /** "Mr Beith urged …", "IHRC chairman Massoud Shadjareh accused …", "He said …" (one person meant). */
        static Actor opening(FactSheet facts, Sentence s, Opening o) {
            Entity referent = Stems.referent(facts, s, o.start());
            if (referent != null) {
                return after(s, referent, o.start() + Stems.referentLength(s, o.start()), o);
            }
            for (Entity e : facts.entities()) {
                if (!actorType(e)) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    int start = s.tokenAt(m.span().start());
                    if (m.sentence() != s.index() || m.metonymic() && e.type() == EntityType.COUNTRY || start < o.start()
                            || start - o.start() > MAX_TITLE_WORDS || !titleRun(s, o.start(), start)) {
                        continue;
                    }
                    Actor found = after(s, e, s.tokenAt(m.span().end()), o);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        /** "…, Mr Thomas said.", "…, said Henri Josserand.", "…, she told a Commons inquiry." */
        static Actor reporting(FactSheet facts, Sentence s) {
            List<Token> tokens = s.tokens();
            int end = Stems.wordsEnd(s, 0);
            int comma = -1;
            for (int i = end - 1; i > 0 && i >= end - 10; i--) {
                if (tokens.get(i).text().equals(",")) {
                    comma = i;
                    break;
                }
            }
            if (comma < Stems.MIN_WORDS || tokens.get(comma - 1).text().matches("[\"\u201d]")) {
                return null;
            }
            int verb = -1;
            for (int i = comma + 1; i < end; i++) {
                if (tokens.get(i).hasTag("VERB") && REPORTING.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
                    verb = i;
                    break;
                }
            }
            if (verb < 0) {
                return null;
            }
            Entity speaker = Stems.referent(facts, s, comma + 1);
            if (speaker == null) {
                speaker = named(facts, s, comma + 1, verb);
            }
            if (speaker == null) {
                speaker = verb == comma + 1 ? named(facts, s, verb + 1, end) : null;
            }
            boolean contentClause = false;
            for (int i = 0; i < comma; i++) {
                contentClause |= tokens.get(i).hasTag("VERB", "AUX");
            }
            if (speaker == null || !contentClause || !Stems.selfContained(s, 0, comma, speaker.type())
                    || Stems.namedIn(speaker, s, 0, comma)) {
                return null;
            }
            String told = verb > comma + 1 && verb + 1 < end && !Stems.namedIn(speaker, s, verb + 1, end)
                    ? " " + s.text(verb + 1, end) : "";
            int from = DISCOURSE.contains(tokens.get(0).text().toLowerCase(Locale.ROOT)) ? 1 : 0;
            from += tokens.get(from).text().equals(",") ? 1 : 0;
            String content = Stems.lowerFirst(s, from, s.text(from, comma));
            String said = tokens.get(verb).text().toLowerCase(Locale.ROOT);
            return new Actor(speaker, said + told + " that " + content, verb);
        }

        /** The person, organisation or country named exactly by tokens {@code [from, to)}, a title before it allowed. */
        private static Entity named(FactSheet facts, Sentence s, int from, int to) {
            for (Entity e : facts.entities()) {
                for (Mention m : e.mentions()) {
                    if (actorType(e) && m.sentence() == s.index() && s.tokenAt(m.span().end()) == to
                            && s.tokenAt(m.span().start()) >= from && titleRun(s, from, s.tokenAt(m.span().start()))) {
                        return e;
                    }
                }
            }
            return null;
        }

        private static boolean actorType(Entity e) {
            return e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION || e.type() == EntityType.COUNTRY;
        }

        /** The verb group after the actor ending at token {@code end}, past an apposition between commas. */
        private static Actor after(Sentence s, Entity e, int end, Opening o) {
            List<Token> tokens = s.tokens();
            int at = end;
            if (at < tokens.size() && tokens.get(at).text().equals(",")) {
                int close = -1;
                for (int i = at + 1; i < Math.min(tokens.size(), at + 1 + MAX_APPOSITION); i++) {
                    if (tokens.get(i).text().equals(",")) {
                        close = i;
                        break;
                    }
                    if (tokens.get(i).hasTag("VERB", "AUX", "PRON")) {
                        return null;
                    }
                }
                if (close < 0) {
                    return null;
                }
                at = close + 1;
            }
            int verbFrom = at;
            int head = -1;
            while (at < tokens.size() && tokens.get(at).hasTag("AUX", "VERB", "ADV", "PART")
                    && !tokens.get(at).text().equalsIgnoreCase("to")) {
                if (tokens.get(at).hasTag("AUX", "VERB")) {
                    head = at;
                }
                at++;
            }
            // "UK critics still favour …" with "critics" tagged a verb: a verb group has one main verb.
            if (head < 0 || Stems.mainVerbs(s, verbFrom, at) > 1) {
                return null;
            }
            String lemma = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
            int end2 = clauseEnd(s, at);
            boolean clauseAfter = false;
            int words = 0;
            for (int i = at; i < end2; i++) {
                clauseAfter |= tokens.get(i).hasTag("VERB", "AUX");
                words += Character.isLetterOrDigit(tokens.get(i).text().charAt(0)) ? 1 : 0;
            }
            // "Brown is the Chancellor" is a role question's; "Brown said." or "Brown told the BBC." says nothing.
            if (lemma.equals("be") || words < 3 || REPORTING.contains(lemma) && !clauseAfter
                    || !Stems.selfContained(s, verbFrom, end2, e.type()) || Stems.namedIn(e, s, verbFrom, end2)) {
                return null;
            }
            String verb = s.text(verbFrom, at);
            String rest = " " + s.text(at, end2) + (end2 == Stems.wordsEnd(s, 0) ? o.trailer() : "");
            return new Actor(e, agreeing(verb, e.type()) + rest, head);
        }

        /** The clause ends before ", but" or ", while" and a new subject: a question asks one thing. */
        private static int clauseEnd(Sentence s, int from) {
            int end = Stems.wordsEnd(s, from);
            List<Token> tokens = s.tokens();
            for (int i = from; i + 2 < end; i++) {
                if (tokens.get(i).text().equals(",") && tokens.get(i + 1).text().matches("but|while|whereas|although|though")) {
                    return i;
                }
                if (i > from + 3 && tokens.get(i).text().equals("but") && tokens.get(i + 1).hasTag("PRON", "DET", "PROPN")) {
                    return i;
                }
            }
            return end;
        }

        /** "Who has claimed", "Which country has": the verb agreeing with a singular question word. */
        private static String agreeing(String verb, EntityType type) {
            String first = verb.split(" ")[0];
            String singular = switch (first.toLowerCase(Locale.ROOT)) {
                case "have" -> "has";
                case "are" -> "is";
                case "were" -> "was";
                case "do" -> "does";
                default -> first;
            };
            return singular + verb.substring(first.length());
        }

        /** Only a title may come before the name: capitalised words, "the", a possessive, lower-case title words. */
        private static boolean titleRun(Sentence s, int from, int to) {
            for (int i = from; i < to; i++) {
                Token t = s.tokens().get(i);
                if (!(t.hasTag("PROPN", "NOUN", "ADJ") || t.text().equalsIgnoreCase("the") || t.text().matches("['\u2019]s?"))) {
                    return false;
                }
            }
            return true;
        }
    }
}
