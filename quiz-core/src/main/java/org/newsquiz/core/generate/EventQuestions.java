package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.Event;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;

/**
 * Who did what, where and when: where questions and swapped true/false statements by turns, verb blanks for
 * events not otherwise asked, and the dated questions.
 */
public final class EventQuestions implements DraftGenerator {
    private final DatedQuestions dated = new DatedQuestions();

    private static final java.util.regex.Pattern PLURAL_VERB = java.util.regex.Pattern.compile("^(?:have|are|were|do)\\b");

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>(dated.generate(facts, distractors));
        java.util.Set<Integer> datedSentences = new java.util.HashSet<>();
        facts.dated().forEach(d -> datedSentences.add(d.sentence()));
        int placed = 0;
        for (Event e : facts.events()) {
            if (e.subject().type() == EntityType.PERSON && PLURAL_VERB.matcher(e.verb()).find()) {
                continue; // "Bill Cosby and Alan Alda have paid tribute": one of two people, not the subject.
            }
            boolean asked = false;
            String tail = e.object().isEmpty() ? "" : " " + plainNames(e.object(), facts);
            String subject = plainNames(e.subjectText(), facts);
            String did = e.verb().contains(" ") ? e.verb().split(" ")[0] + " " + subject + " " + e.verb().split(" ")[1]
                    : "did " + subject + " " + e.lemma();
            if (e.place() != null) {
                List<String> options = new ArrayList<>(List.of(e.placeText()));
                distractors.fromArticle(e.place().type(), List.of(e.place()), 3).forEach(p -> options.add(p.name()));
                options.addAll(distractors.fromListsNear(e.place().type(), e.place().name(), 3 - (options.size() - 1)));
                if (options.size() == 4) {
                    asked = true;
                    if (placed++ % 2 == 0) {
                        String prompt = "Where " + did + tail + ", according to the article?";
                        out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(e.placeText()),
                                e.sentence(), e.sentence(), 0.35, List.of("place", "event"), 0, "where:" + e.sentence()));
                    } else {
                        String statement = plainNames(e.statement(), facts);
                        tf(out, distractors, e, statement + " in " + e.placeText(), statement + " in " + options.get(1), "place");
                    }
                }
            }
            if (e.subject().type() == EntityType.PERSON && e.place() == null && e.year() != null) {
                List<Entity> people = new ArrayList<>(List.of(e.subject()));
                for (Entity p : distractors.fromArticle(EntityType.PERSON, List.of(e.subject()), 6)) {
                    if (people.size() < 4 && !(e.object().contains(p.shortName()))) {
                        people.add(p);
                    }
                }
                if (people.size() == 4) {
                    List<String> names = Distractors.personNames(people);
                    String where = e.place() != null ? " in " + e.placeText() : " in " + e.year().name();
                    String prompt = "Who " + e.verb() + tail + where + ", according to the article?";
                    out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(names, prompt), List.of(names.get(0)),
                            e.sentence(), e.sentence(), 0.35, List.of("person", "event"), 0, "who:" + e.sentence()));
                }
            }
            if (!asked && !datedSentences.contains(e.sentence()) && !e.object().isEmpty() && (e.place() != null || e.year() != null)) {
                String when = e.year() != null ? " in " + e.year().name() : " in " + e.placeText();
                String verb = e.verb().contains(" ") ? e.verb().split(" ")[1] : e.verb();
                String aux = e.verb().contains(" ") ? e.verb().split(" ")[0] + " " : "";
                String prompt = "Fill in the blank: " + e.subjectText() + " " + aux + Cloze.BLANK + " " + e.object() + when + ".";
                out.add(new Draft(QuestionType.FILL_IN_BLANK, prompt, List.of(), List.of(verb), e.sentence(), e.sentence(), 0.6,
                        List.of("event"), 0, "verb:" + e.sentence()));
            }
        }
        return out;
    }

    /**
     * People by their short names, without the titles the article gives them ("U.S. President Donald Trump" becomes
     * "Trump"): a title in one question's prompt would answer the question that asks for it.
     */
    static String plainNames(String text, FactSheet facts) {
        String out = text;
        for (org.newsquiz.core.facts.Role r : facts.roles()) {
            String titled = r.description() + " " + r.person().name();
            int at = out.indexOf(titled);
            while (at >= 0) {
                if (titleStartsAt(out, at)) {
                    out = out.substring(0, at) + r.person().shortName() + out.substring(at + titled.length());
                    at = out.indexOf(titled, at + r.person().shortName().length());
                } else {
                    at = out.indexOf(titled, at + titled.length());
                }
            }
        }
        return out;
    }

    /**
     * The title found is the whole title only when nothing that may belong to it comes before: "Former civil
     * service chief Lord Butler" must not become "Former civil service Butler", nor "the Foreign Secretary" "the Straw".
     */
    private static boolean titleStartsAt(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        if (before.isEmpty() || !Character.isLetter(before.charAt(before.length() - 1))) {
            return true;
        }
        String word = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return AFTER_TITLE.contains(word);
    }

    private static final java.util.Set<String> AFTER_TITLE = java.util.Set.of("said", "says", "told", "and", "by", "with",
            "to", "that", "for", "from", "as", "but", "when", "after", "while", "added", "warned", "according");

    private static void tf(List<Draft> out, Distractors distractors, Event e, String trueText, String falseText, String tag) {
        boolean truth = distractors.showsTrue(tag + ":" + trueText);
        String prompt = "True or false? " + DatedQuestions.capitalised(truth ? trueText : falseText) + ".";
        out.add(new Draft(QuestionType.TRUE_FALSE, prompt, List.of("True", "False"), List.of(truth ? "True" : "False"),
                e.sentence(), e.sentence(), 0.3, List.of(tag, "event"), 0, "tf-" + tag + ":" + e.sentence()));
    }
}
