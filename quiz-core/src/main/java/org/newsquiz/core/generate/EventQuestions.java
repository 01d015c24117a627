package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.Event;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;

/** Who did what, where and when: where/when/who questions, swapped true/false statements, verb blanks, an ordering. */
public final class EventQuestions implements DraftGenerator {
    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        Set<Integer> years = facts.ofType(EntityType.YEAR).stream().map(e -> Integer.parseInt(e.name())).collect(Collectors.toSet());
        for (Event e : facts.events()) {
            String tail = e.object().isEmpty() ? "" : " " + e.object();
            String did = e.verb().contains(" ") ? e.verb().split(" ")[0] + " " + e.subjectText() + " " + e.verb().split(" ")[1]
                    : "did " + e.subjectText() + " " + e.lemma();
            if (e.place() != null) {
                List<String> options = new ArrayList<>(List.of(e.placeText()));
                distractors.fromArticle(e.place().type(), List.of(e.place()), 3).forEach(p -> options.add(p.name()));
                options.addAll(distractors.fromLists(e.place().type(), 3 - (options.size() - 1)));
                if (options.size() == 4) {
                    String prompt = "Where " + did + tail + ", according to the article?";
                    out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(e.placeText()),
                            e.sentence(), e.sentence(), 0.35, List.of("place", "event"), 0, "where:" + e.sentence()));
                    String wrong = options.get(1);
                    tf(out, e, e.statement() + " in " + e.placeText(), e.statement() + " in " + wrong, "place");
                }
            }
            if (e.year() != null) {
                int year = Integer.parseInt(e.year().name());
                List<String> options = new ArrayList<>(List.of(e.year().name()));
                options.addAll(distractors.years(year, years, 3));
                String prompt = "In which year " + did + tail + "?";
                out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(e.year().name()),
                        e.sentence(), e.sentence(), 0.4, List.of("date", "event"), 0, "when:" + e.sentence()));
                tf(out, e, e.statement() + " in " + year, e.statement() + " in " + options.get(2), "date");
            }
            if (e.subject().type() == EntityType.PERSON && (e.place() != null || e.year() != null)) {
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
            if (!e.object().isEmpty() && (e.place() != null || e.year() != null)) {
                String when = e.year() != null ? " in " + e.year().name() : " in " + e.placeText();
                String verb = e.verb().contains(" ") ? e.verb().split(" ")[1] : e.verb();
                String aux = e.verb().contains(" ") ? e.verb().split(" ")[0] + " " : "";
                String prompt = "Fill in the blank: " + e.subjectText() + " " + aux + Cloze.BLANK + " " + e.object() + when + ".";
                out.add(new Draft(QuestionType.FILL_IN_BLANK, prompt, List.of(), List.of(verb), e.sentence(), e.sentence(), 0.6,
                        List.of("event"), 0, "verb:" + e.sentence()));
            }
        }
        ordering(facts, distractors, out);
        return out;
    }

    private static void tf(List<Draft> out, Event e, String trueText, String falseText, String tag) {
        boolean truth = e.sentence() % 2 == 0;
        String prompt = "True or false? According to the article, " + (truth ? trueText : falseText) + ".";
        out.add(new Draft(QuestionType.TRUE_FALSE, prompt, List.of("True", "False"), List.of(truth ? "True" : "False"),
                e.sentence(), e.sentence(), 0.3, List.of(tag, "event"), 0, "tf-" + tag + ":" + e.sentence()));
    }

    /** Dated events in order of their years; a present-perfect lede, the news itself, comes last. */
    private static void ordering(FactSheet facts, Distractors distractors, List<Draft> out) {
        List<Event> dated = facts.events().stream().filter(e -> e.year() != null)
                .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.year().name()))).toList();
        List<Event> items = new ArrayList<>();
        Set<String> seenYears = new java.util.HashSet<>();
        for (Event e : dated) {
            if (seenYears.add(e.year().name())) {
                items.add(e);
            }
        }
        if (items.size() < 2) {
            return;
        }
        List<String> texts = new ArrayList<>(items.stream().map(EventQuestions::itemText).toList());
        if (items.size() < 3) {
            facts.events().stream().filter(e -> e.sentence() == 0 && e.verb().startsWith("ha") && e.year() == null).findFirst()
                    .ifPresent(e -> {
                        items.add(e);
                        texts.add(itemText(e));
                    });
        }
        if (texts.size() < 3) {
            return;
        }
        String prompt = "Put these events in the order in which they happened, earliest first.";
        int first = items.stream().mapToInt(Event::sentence).min().orElse(0);
        int last = items.stream().mapToInt(Event::sentence).max().orElse(0);
        List<String> shuffled = distractors.shuffle(texts, prompt);
        if (shuffled.equals(texts)) {
            java.util.Collections.reverse(shuffled);
        }
        out.add(new Draft(QuestionType.ORDERING, prompt, shuffled, texts, first, last, 0.6, List.of("date", "event"), 0, "ordering"));
    }

    private static String itemText(Event e) {
        String verb = e.verb().contains(" ") ? e.verb().split(" ")[1] : e.verb();
        String text = e.subject().shortName() + " " + verb + (e.object().isEmpty() ? "" : " " + e.object())
                + (e.placeText() != null ? " in " + e.placeText() : "");
        return e.subject().type() == EntityType.PERSON ? text : e.statement() + (e.placeText() != null ? " in " + e.placeText() : "");
    }
}
