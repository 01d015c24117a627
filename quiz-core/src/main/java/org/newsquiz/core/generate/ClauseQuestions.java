package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.structure.Clause;
import org.newsquiz.core.structure.ClauseAnalyzer;
import org.newsquiz.core.structure.Phrase;
import org.newsquiz.core.structure.Times;
import org.newsquiz.core.text.Sentence;

/**
 * Questions about the story from the main clauses of the lead and of each paragraph's first sentence: who did it,
 * what they did, when and why, as multiple choice with options from the article's other clauses; a statement made
 * false by another actor of the article; and the event's verb or key noun blanked.
 */
public final class ClauseQuestions implements DraftGenerator {
    /** Verbs whose blank or action question asks nothing about the story. */
    private static final Set<String> EMPTY_VERBS = Set.of("say", "be", "have", "tell", "add", "do", "get", "make", "go",
            "come", "see", "take", "give", "claim", "believe", "think", "include", "seem", "know", "ask", "describe", "become",
            "prove", "remain", "look", "sound", "appear", "feel", "want", "need", "use");

    /** Verbs that attribute words: swapping their subject is a quote question, asked elsewhere with its checks. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "warn", "insist", "note", "reveal",
            "explain", "argue", "admit", "write", "suggest", "report", "announce", "claim", "confirm", "deny");

    private final ClauseAnalyzer analyzer;

    public ClauseQuestions(ClauseAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<ClausePools.Reason> reasons = new ArrayList<>();
        List<ClauseText> clauses = keyClauses(facts, reasons);
        Set<String> noActions = new java.util.HashSet<>(EMPTY_VERBS);
        noActions.addAll(REPORTING);
        ClausePools pools = new ClausePools(clauses, reasons, noActions);
        List<Draft> out = new ArrayList<>();
        // A sentence with a dated event or a counted figure has its own question on that, which these would repeat.
        Set<Integer> dated = new java.util.HashSet<>();
        facts.dated().forEach(d -> dated.add(d.sentence()));
        facts.numbers().forEach(n -> dated.add(n.sentence()));
        for (ClauseText c : clauses) {
            if (!c.clause().main() && c.source().isEmpty()) {
                continue;
            }
            if (dated.contains(c.sentence().index()) && c.statement().matches(".*\\d.*")) {
                continue;
            }
            who(facts, distractors, pools, c, out);
            action(distractors, pools, c, out);
            object(distractors, pools, c, out);
            when(distractors, pools, c, out);
            trueFalse(facts, distractors, pools, c, out);
            why(distractors, pools, c, out);
            blank(c, out);
        }
        return out;
    }

    /** The clauses of every sentence; the ranking puts the lead's and the first paragraphs' first. */
    private List<ClauseText> keyClauses(FactSheet facts, List<ClausePools.Reason> reasons) {
        List<ClauseText> out = new ArrayList<>();
        Sentence previous = null;
        List<Clause> previousClauses = List.of();
        for (Sentence s : facts.text().sentences()) {
            // A line without closing punctuation is a heading or a caption, not a sentence to ask about.
            if (s.wordCount() > 60 || !s.text().strip().matches("(?s).*[.!?\"\u201d\u2019]$")) {
                previous = null;
                previousClauses = List.of();
                continue;
            }
            List<Clause> clauses = analyzer.analyze(s);
            boolean samePara = previous != null && previous.paragraph() == s.paragraph();
            List<Clause> before = new ArrayList<>(samePara ? previousClauses : List.of());
            Entity mainReferent = null;
            for (Clause c : clauses) {
                Phrase reason = c.adjunct(Phrase.Kind.REASON);
                if (reason != null && reason.size() >= 3 && ClauseText.selfContained(s, reason)) {
                    reasons.add(new ClausePools.Reason(s.index(), reason.text(s)));
                }
                Entity referent = Referents.of(facts, s, c, before, previous);
                if (c == clauses.get(0)) {
                    mainReferent = referent;
                }
                ClauseText t = ClauseText.of(facts, s, c, referent);
                String speaker = speaker(facts, s, c, clauses, mainReferent, referent);
                if (t != null && (c.main() || speaker != null)) {
                    out.add(speaker == null ? t : t.reportedBy(speaker));
                }
                before.add(c);
            }
            previous = s;
            previousClauses = clauses;
        }
        return out;
    }

    /**
     * "Brown said the firm would cut jobs": the named speaker of the main clause whose reported words are clause
     * {@code c} ("He said …" when {@code mainReferent} is who he is); null when c is not reported, its speaker is
     * unnamed, or its subject is the speaker himself.
     */
    private static String speaker(FactSheet facts, Sentence s, Clause c, List<Clause> clauses, Entity mainReferent, Entity referent) {
        Clause m = clauses.get(0);
        if (c == m || !m.main() || m.sharedSubject() || c.sharedSubject() || m.object() == null || m.object().kind() != Phrase.Kind.COMPLEMENT
                || !REPORTING.contains(m.verb().lemma()) || m.verb().negated()
                || c.subject().from() != m.object().from() || c.verb().to() > m.object().to()) {
            return null;
        }
        Entity who = mainReferent != null ? mainReferent : ClauseText.actor(facts, s, m.subject());
        if (who == null || who.equals(referent) || who.equals(ClauseText.actor(facts, s, c.subject()))) {
            return null;
        }
        return who.name();
    }

    /** "Who proposed the idea earlier this week?" with other people (organisations, countries) of the article. */
    private static void who(FactSheet facts, Distractors distractors, ClausePools pools, ClauseText c, List<Draft> out) {
        Entity actor = c.actor();
        String verbWord = c.finite().split(" ")[0].toLowerCase(Locale.ROOT);
        if (actor == null || c.object().isEmpty() || c.clause().object().kind() != Phrase.Kind.OBJECT
                || c.clause().verb().tense() == org.newsquiz.core.structure.VerbGroup.Tense.PRESENT_PLURAL
                || verbWord.matches("have|are|were|do") || c.clause().sharedSubject() || EMPTY_VERBS.contains(c.clause().verb().lemma())
                || Stems.mainVerbs(c.sentence(), c.clause().verb().from(), c.clause().verb().to()) > 1) {
            return;
        }
        List<Entity> wrong = pools.otherActors(facts, distractors, actor, c, 3);
        List<String> options = new ArrayList<>();
        if (actor.type() == EntityType.PERSON) {
            List<Entity> people = new ArrayList<>(List.of(actor));
            people.addAll(wrong);
            if (people.size() < 4) {
                return;
            }
            options.addAll(Distractors.personNames(people));
        } else {
            options.add(actor.name());
            wrong.forEach(e -> options.add(e.name()));
            for (String name : distractors.fromLists(actor.type(), 4 - options.size())) {
                if (options.size() < 4 && !options.contains(name)) {
                    options.add(name);
                }
            }
            if (options.size() < 4) {
                return;
            }
        }
        String ask = actor.type() == EntityType.PERSON ? "Who" : "Which " + actor.type().noun();
        String prompt = c.ask(ClauseText.join(ask, c.finite(), c.afterVerb()) + "?");
        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(options.get(0)),
                c.sentence().index(), c.sentence().index(), 0.4, List.of("event", "actor"), 0, fact(c)));
    }

    /** "What did Mr Brown do earlier this week?" — the actions of the article's other actors as wrong options. */
    private static void action(Distractors distractors, ClausePools pools, ClauseText c, List<Draft> out) {
        if (!c.simplePast() || c.clause().object().kind() != Phrase.Kind.OBJECT || c.predicate() == null
                || EMPTY_VERBS.contains(c.clause().verb().lemma()) || REPORTING.contains(c.clause().verb().lemma())) {
            return;
        }
        List<String> options = new ArrayList<>(List.of(c.predicate()));
        options.addAll(pools.otherPredicates(c, 3));
        if (options.size() < 4) {
            return;
        }
        String prompt = c.ask(ClauseText.join("What did", c.subject(), "do", c.time()) + "?");
        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(c.predicate()),
                c.sentence().index(), c.sentence().index(), 0.45, List.of("event", "action"), 0, fact(c)));
    }

    /** "What did Mr Brown propose earlier this week?" — other objects of the article as wrong options. */
    private static void object(Distractors distractors, ClausePools pools, ClauseText c, List<Draft> out) {
        Phrase o = c.clause().object();
        String inverted = c.inverted();
        if (o == null || o.kind() != Phrase.Kind.OBJECT || o.size() < 2 || inverted == null || c.clause().verb().passive()
                || EMPTY_VERBS.contains(c.clause().verb().lemma())) {
            return;
        }
        List<String> options = new ArrayList<>(List.of(c.object()));
        options.addAll(pools.otherObjects(c, 3));
        if (options.size() < 4) {
            return;
        }
        String prompt = c.ask("What " + ClauseText.join(inverted, c.afterObject()) + "?");
        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(c.object()),
                c.sentence().index(), c.sentence().index(), 0.5, List.of("event", "object"), 0, fact(c)));
    }

    /** "When did Mr Brown propose the idea?" with times of the same kind (days with days, years with years). */
    private static void when(Distractors distractors, ClausePools pools, ClauseText c, List<Draft> out) {
        String inverted = c.inverted();
        if (c.time().isEmpty() || inverted == null || c.clause().object().kind() != Phrase.Kind.OBJECT || c.afterVerbUntimed() == null) {
            return;
        }
        List<String> options = new ArrayList<>(List.of(c.time()));
        options.addAll(pools.otherTimes(c, distractors, 3));
        if (options.size() < 4) {
            return;
        }
        String prompt = c.ask("When " + ClauseText.join(inverted, c.afterVerbUntimed()) + "?");
        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(c.time()),
                c.sentence().index(), c.sentence().index(), 0.45, List.of("event", "time"), 0, fact(c)));
    }

    /** "Why did the shares fall?" with the reasons the article gives for other events. */
    private static void why(Distractors distractors, ClausePools pools, ClauseText c, List<Draft> out) {
        Phrase reason = c.clause().adjunct(Phrase.Kind.REASON);
        String inverted = c.inverted();
        if (reason == null || inverted == null || c.clause().object().kind() != Phrase.Kind.OBJECT || !ClauseText.selfContained(c.sentence(), reason) || reason.size() < 3) {
            return;
        }
        String answer = reason.text(c.sentence());
        List<String> options = new ArrayList<>(List.of(answer));
        options.addAll(pools.otherReasons(c, 3));
        if (options.size() < 4) {
            return;
        }
        String prompt = c.ask("Why " + ClauseText.join(inverted, c.afterVerb()) + "?");
        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(answer),
                c.sentence().index(), c.sentence().index(), 0.55, List.of("event", "reason"), 0, fact(c)));
    }

    /**
     * The statement as it stands, or made false by one swap: another actor of the article who did not do it, or
     * another day or year; true and false by turns.
     */
    private static void trueFalse(FactSheet facts, Distractors distractors, ClausePools pools, ClauseText c, List<Draft> out) {
        if (c.object().isEmpty() || c.clause().sharedSubject() || EMPTY_VERBS.contains(c.clause().verb().lemma())
                || REPORTING.contains(c.clause().verb().lemma()) || cutShort(c)) {
            return;
        }
        boolean truth = distractors.showsTrue("clause:" + c.statement());
        String statement = c.statement();
        String swapped = null;
        if (c.actor() != null) {
            List<Entity> other = pools.otherActors(facts, distractors, c.actor(), c, 1);
            swapped = other.isEmpty() ? null : c.statementWith(other.get(0).name());
        }
        if (swapped == null && !c.time().isEmpty() && statement.indexOf(c.time()) == statement.lastIndexOf(c.time())) {
            List<String> times = pools.otherTimes(c, distractors, 1);
            swapped = times.isEmpty() || Times.kind(c.time()).equals("other") ? null : statement.replace(c.time(), times.get(0));
        }
        if (swapped == null) {
            return;
        }
        String prompt = "True or false? " + (truth ? statement : swapped) + ".";
        out.add(new Draft(QuestionType.TRUE_FALSE, prompt, List.of("True", "False"), List.of(truth ? "True" : "False"),
                c.sentence().index(), c.sentence().index(), 0.3, List.of("event", "statement"), 0, fact(c)));
    }

    /**
     * "Mr Beith urged the information commissioner" from "… to look at how …", "Lord Janner branded Harry" from
     * "… 'a fool'": the statement stops before a punctuation mark ends what it says. "Giggs have hamstring concerns"
     * from "Bellamy and Giggs have …": a plural verb keeps its plural subject.
     */
    private static boolean cutShort(ClauseText c) {
        List<org.newsquiz.core.text.Token> tokens = c.sentence().tokens();
        String first = c.finite().split(" ")[0].toLowerCase(Locale.ROOT);
        return c.end() < tokens.size() && !tokens.get(c.end()).text().matches("[,.;:!?\\u2013\\u2014-]|--")
                || first.matches("have|are|were|do");
    }

    /**
     * The event's verb blanked ("Mr Brown first _____ the idea"); for a verb that says little ("use", "make") the
     * object's key noun instead. Never a verb before a figure: "shares _____ 2%" has several right answers.
     */
    private static void blank(ClauseText c, List<Draft> out) {
        Phrase o = c.clause().object();
        if (o.kind() != Phrase.Kind.OBJECT || c.object().matches(".*\\d.*")) {
            return;
        }
        String lemma = c.clause().verb().lemma();
        String stem;
        String answer;
        String gap;
        if (!EMPTY_VERBS.contains(lemma) && !REPORTING.contains(lemma)) {
            stem = ClauseText.join(c.subject(), c.blankedVerb(), c.afterVerb());
            answer = c.headVerb();
            gap = "verb";
        } else {
            org.newsquiz.core.text.Token last = c.sentence().tokens().get(o.to() - 1);
            if (o.size() < 3 || lemma.matches("be|have|become|seem|remain|appear") || !last.hasTag("NOUN") || !c.object().endsWith(last.text()) || last.text().length() < 4) {
                return;
            }
            String object = c.object().substring(0, c.object().length() - last.text().length()) + Cloze.BLANK;
            stem = ClauseText.join(c.subject(), c.finite(), object, c.afterObject());
            answer = last.text();
            gap = "noun";
        }
        String prompt = "Fill in the blank: " + c.framed(stem) + ".";
        if (stem.split("\\s+").length >= 4 && !prompt.toLowerCase(Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(answer.toLowerCase(Locale.ROOT)) + "\\b.*")) {
            out.add(new Draft(QuestionType.FILL_IN_BLANK, prompt, List.of(), List.of(answer), c.sentence().index(),
                    c.sentence().index(), 0.55, List.of("event", gap), 0, fact(c)));
        }
    }

    /** Every question on one clause shows the others' answers, so they count as one fact for the quiz. */
    private static String fact(ClauseText c) {
        return "clause:" + c.sentence().index() + ":" + c.clause().verb().head();
    }
}
