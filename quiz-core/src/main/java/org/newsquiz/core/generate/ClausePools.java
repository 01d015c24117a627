package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.structure.Phrase;
import org.newsquiz.core.structure.Times;

/**
 * Wrong options from the article's other clauses: their actors, actions, objects, times and reasons. None comes
 * from the question's own sentence, and an actor is never offered for a verb it is the subject of anywhere.
 */
final class ClausePools {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "by", "with", "at", "from");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private final List<ClauseText> clauses;
    private final List<Reason> reasons;
    private final Set<String> emptyVerbs;

    /** A reason phrase of sentence {@code sentence}: "because the ferry kept breaking down". */
    record Reason(int sentence, String text) {
    }

    ClausePools(List<ClauseText> clauses, List<Reason> reasons, Set<String> emptyVerbs) {
        this.clauses = clauses;
        this.reasons = reasons;
        this.emptyVerbs = emptyVerbs;
    }

    /** The other clauses, nearest to {@code c}'s sentence first: neighbours speak of the same things. */
    private List<ClauseText> nearest(ClauseText c) {
        List<ClauseText> out = new ArrayList<>(clauses);
        int at = c.sentence().index();
        out.sort(java.util.Comparator.comparingInt((ClauseText o) -> Math.abs(o.sentence().index() - at))
                .thenComparingInt(o -> o.sentence().index()));
        return out;
    }

    /** Actors of the same type from the article, none named in the clause's sentence or doing the same thing. */
    List<Entity> otherActors(FactSheet facts, Distractors distractors, Entity actor, ClauseText c, int n) {
        List<Entity> inSentence = ClauseText.named(facts, c.sentence().index());
        Set<Entity> didIt = new HashSet<>();
        for (ClauseText o : clauses) {
            if (o.actor() != null && o.clause().verb().lemma().equals(c.clause().verb().lemma())) {
                didIt.add(o.actor());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : distractors.fromArticle(actor.type(), List.of(actor), 12)) {
            if (out.size() < n && !inSentence.contains(e) && !didIt.contains(e) && !mentionedIn(e, c.object())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Simple-past actions of other actors: "hit the headlines", "admitted the charges". */
    List<String> otherPredicates(ClauseText c, int n) {
        List<String> out = new ArrayList<>();
        int size = c.predicate().split(" ").length;
        for (ClauseText o : nearest(c)) {
            String p = o.predicate();
            if (p == null) {
                continue;
            }
            int words = p.split(" ").length;
            if (out.size() < n && o.sentence().index() != c.sentence().index() && o.simplePast()
                    && o.clause().object().kind() == Phrase.Kind.OBJECT
                    && !sameActor(o, c) && !emptyVerbs.contains(o.clause().verb().lemma()) && !o.clause().verb().lemma().equals(c.clause().verb().lemma())
                    && words >= 2 && words <= Math.max(8, 2 * size) && disjoint(p, c.predicate()) && !contains(out, p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Objects of other verbs with as many words, give or take, and none of the answer's content words. */
    List<String> otherObjects(ClauseText c, int n) {
        List<String> out = new ArrayList<>();
        String answer = c.object();
        int size = answer.split(" ").length;
        boolean figure = answer.matches(".*\\d.*");
        for (ClauseText o : nearest(c)) {
            String p = o.object();
            int words = p.split(" ").length;
            if (out.size() < n && o.sentence().index() != c.sentence().index() && o.clause().object() != null
                    && o.clause().object().kind() == Phrase.Kind.OBJECT && words >= 2 && words <= 2 * size + 1
                    && 2 * words + 1 >= size && p.matches(".*\\d.*") == figure && named(o) == named(c) && plural(o) == plural(c) && !emptyVerbs.contains(o.clause().verb().lemma()) && disjoint(p, answer) && !contains(out, p)
                    && !c.sentence().text().toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Times of the same kind from other clauses, then the answer's day or year moved. */
    List<String> otherTimes(ClauseText c, Distractors distractors, int n) {
        String answer = c.time();
        String kind = Times.kind(answer);
        List<String> out = new ArrayList<>();
        String sentence = c.sentence().text().toLowerCase(Locale.ROOT);
        for (ClauseText o : clauses) {
            String t = o.time();
            if (out.size() < n && !t.isEmpty() && Times.kind(t).equals(kind) && !t.equalsIgnoreCase(answer)
                    && !sentence.contains(t.toLowerCase(Locale.ROOT)) && !contains(out, t)) {
                out.add(t);
            }
        }
        if (kind.equals("day")) {
            String day = DAYS.stream().filter(answer::contains).findFirst().orElse(null);
            if (day != null) {
                List<String> others = distractors.shuffle(DAYS, answer);
                for (String d : others) {
                    String t = answer.replace(day, d);
                    if (out.size() < n && !d.equals(day) && !sentence.contains(d.toLowerCase(Locale.ROOT)) && !contains(out, t)) {
                        out.add(t);
                    }
                }
            }
        } else if (kind.equals("year")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(answer);
            if (m.find()) {
                int year = Integer.parseInt(m.group());
                for (String y : distractors.years(year, Set.of(year), n)) {
                    String t = answer.substring(0, m.start()) + y + answer.substring(m.end());
                    if (out.size() < n && !sentence.contains(y) && !contains(out, t)) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** Reasons the article gives for its other events. */
    List<String> otherReasons(ClauseText c, int n) {
        List<String> out = new ArrayList<>();
        for (Reason r : reasons) {
            if (out.size() < n && r.sentence() != c.sentence().index() && !contains(out, r.text())) {
                out.add(r.text());
            }
        }
        return out;
    }

    /** An object with a name in it ("Premium Bonds") is not of the kind of one without ("the fund"). */
    private static boolean named(ClauseText c) {
        for (int i = c.clause().object().from(); i < c.clause().object().to(); i++) {
            if (c.sentence().tokens().get(i).hasTag("PROPN")) {
                return true;
            }
        }
        return false;
    }

    /** The number of the object's last noun: "a titanium rod" goes with "a similar break", not "the symptoms". */
    private static boolean plural(ClauseText c) {
        Phrase o = c.clause().object();
        for (int i = o.to() - 1; i >= o.from(); i--) {
            org.newsquiz.core.text.Token t = c.sentence().tokens().get(i);
            if (t.hasTag("NOUN", "PROPN")) {
                return !t.lemma().equalsIgnoreCase(t.text());
            }
        }
        return false;
    }

    private static boolean sameActor(ClauseText a, ClauseText b) {
        if (a.actor() != null && a.actor() == b.actor()) {
            return true;
        }
        return a.subject().replace(" ", "").equalsIgnoreCase(b.subject().replace(" ", ""));
    }

    private static boolean mentionedIn(Entity e, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return e.aliases().stream().anyMatch(a -> lower.contains(a.toLowerCase(Locale.ROOT)));
    }

    private static boolean contains(List<String> list, String s) {
        return list.stream().anyMatch(x -> x.equalsIgnoreCase(s));
    }

    /** No content word in common: two options that share one read as the same answer twice. */
    private static boolean disjoint(String a, String b) {
        Set<String> words = content(a);
        words.retainAll(content(b));
        return words.isEmpty();
    }

    private static Set<String> content(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
