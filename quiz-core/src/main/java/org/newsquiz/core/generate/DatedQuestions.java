package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.DatedFact;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.Event;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;

/**
 * When things happened: in-which-year questions and true/false with a shifted year by turns, an ordering of the
 * dated events and a matching of events with their years.
 */
final class DatedQuestions implements DraftGenerator {
    private static final int MAX_ORDERING_ITEMS = 4;
    private static final int MAX_ITEM_WORDS = 14;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        facts.ofType(EntityType.YEAR).forEach(e -> years.add(Integer.parseInt(e.name())));
        facts.dated().forEach(d -> years.add(d.year()));
        int asked = 0;
        for (DatedFact d : facts.dated()) {
            String answer = String.valueOf(d.year());
            List<String> options = new ArrayList<>(List.of(answer));
            options.addAll(distractors.years(d.year(), years, 3));
            if (options.size() < 4) {
                continue;
            }
            String prompt = "In which year " + d.questionForm() + "?";
            if (asked++ % 2 == 0) {
                out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(answer),
                        d.sentence(), d.sentence(), 0.4, List.of("date", "event"), 0, factOf(d)));
                continue;
            }
            boolean truth = distractors.showsTrue("dated:" + d.statement() + ":" + d.year());
            String when = truth ? d.when() : d.when().replace(answer, options.get(1));
            String statement = capitalised(d.statement()) + " " + when + ".";
            out.add(new Draft(QuestionType.TRUE_FALSE, "True or false? " + statement, List.of("True", "False"),
                    List.of(truth ? "True" : "False"), d.sentence(), d.sentence(), 0.3, List.of("date", "event"), 0,
                    "tf-date:" + d.sentence() + ":" + d.year()));
        }
        Draft ordering = ordering(facts, distractors);
        if (ordering != null) {
            out.add(ordering);
        }
        Draft matching = matching(facts, distractors);
        if (matching != null) {
            out.add(matching);
        }
        return out;
    }

    /** Events of distinct years matched with their years, in the article's order; needs three at least. */
    private static Draft matching(FactSheet facts, Distractors distractors) {
        List<DatedFact> chosen = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (DatedFact d : facts.dated()) {
            if (d.statement().split(" ").length <= MAX_ITEM_WORDS && chosen.size() < MAX_ORDERING_ITEMS && seen.add(d.year())) {
                chosen.add(d);
            }
        }
        if (chosen.size() < 3) {
            return null;
        }
        List<String> years = chosen.stream().map(d -> String.valueOf(d.year())).toList();
        List<String> answers = chosen.stream().map(d -> capitalised(d.statement()) + org.newsquiz.core.question.Question.PAIR_ARROW + d.year()).toList();
        String prompt = "Match each event with the year in which it happened, according to the article.";
        int first = chosen.stream().mapToInt(DatedFact::sentence).min().orElse(0);
        int last = chosen.stream().mapToInt(DatedFact::sentence).max().orElse(0);
        return new Draft(QuestionType.MATCHING, prompt, distractors.shuffle(years, prompt), answers, first, last, 0.5,
                List.of("date", "event"), 0, "matching:years", chosen.stream().map(DatedQuestions::factOf).toList());
    }

    /**
     * Dated clauses of distinct years, earliest first; when fewer than three, the lede's present-perfect
     * event (the news itself, which the background dates precede) comes last.
     */
    private static Draft ordering(FactSheet facts, Distractors distractors) {
        List<DatedFact> dated = facts.dated().stream()
                .filter(d -> d.statement().split(" ").length <= MAX_ITEM_WORDS)
                .sorted(Comparator.comparingInt(DatedFact::year)).toList();
        List<DatedFact> distinct = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (DatedFact d : dated) {
            if (seen.add(d.year()) && texts.add(d.statement().toLowerCase(java.util.Locale.ROOT))) {
                distinct.add(d);
            }
        }
        List<DatedFact> chosen = spread(distinct);
        List<String> items = new ArrayList<>(chosen.stream().map(d -> capitalised(d.statement())).toList());
        int first = chosen.stream().mapToInt(DatedFact::sentence).min().orElse(0);
        int last = chosen.stream().mapToInt(DatedFact::sentence).max().orElse(0);
        if (items.size() < 3 && !items.isEmpty()) {
            Event news = facts.events().stream().filter(e -> e.sentence() == 0 && e.verb().startsWith("has ") && e.year() == null)
                    .findFirst().orElse(null);
            if (news != null) {
                items.add(capitalised(news.subject().shortName() + " " + news.verb().substring(4)
                        + (news.object().isEmpty() ? "" : " " + news.object()) + (news.placeText() != null ? " in " + news.placeText() : "")));
                first = 0;
            }
        }
        if (items.size() < 3) {
            return null;
        }
        String prompt = "Put these events in the order in which they happened, earliest first.";
        List<String> shuffled = distractors.shuffle(items, prompt);
        if (shuffled.equals(items)) {
            java.util.Collections.reverse(shuffled);
        }
        return new Draft(QuestionType.ORDERING, prompt, shuffled, items, first, Math.max(first, last), 0.6,
                List.of("date", "event"), 0, "ordering", chosen.stream().map(DatedQuestions::factOf).toList());
    }

    /** The fact a year question on {@code d} asks, as a matching or an ordering of it names it too. */
    private static String factOf(DatedFact d) {
        return "when:" + d.sentence() + ":" + d.year();
    }

    /** Up to four items spread over the time span: the earliest, the latest and evenly between. */
    private static List<DatedFact> spread(List<DatedFact> all) {
        if (all.size() <= MAX_ORDERING_ITEMS) {
            return all;
        }
        List<DatedFact> out = new ArrayList<>();
        for (int k = 0; k < MAX_ORDERING_ITEMS; k++) {
            out.add(all.get(Math.round(k * (all.size() - 1) / (float) (MAX_ORDERING_ITEMS - 1))));
        }
        return out;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
