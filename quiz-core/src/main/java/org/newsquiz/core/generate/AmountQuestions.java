package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Amount;
import org.newsquiz.core.facts.AmountFinder;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;

/**
 * Sums of money and percentages: multiple choice on the sentence with the figure blanked, every third figure a
 * true/false statement with the figure kept or swapped. Wrong figures are
 * in the same unit and of the same size, none of them a figure the article gives elsewhere in that unit.
 */
final class AmountQuestions implements DraftGenerator {
    /** Figures are worth asking, but a quiz of nothing else is dull; the first ones carry the news. */
    private static final int MAX_PER_ARTICLE = 10;
    private static final int MAX_STATEMENT_WORDS = 30;
    /** A statement ends as a sentence does; "… ranging from about $1." is a page cut off inside a figure. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("(?s).*[\\p{L}%)]\\s*[.!?]");

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Amount> amounts = AmountFinder.find(facts.text());
        List<Draft> out = new ArrayList<>();
        Set<Integer> asked = new HashSet<>();
        Set<String> figures = new HashSet<>();
        for (Amount a : amounts) {
            Sentence s = facts.text().sentences().get(a.sentence());
            Comparative bound = Comparative.before(s.text().substring(0, a.span().start() - s.span().start()));
            List<String> wrong = wrongFigures(a, amounts, bound);
            if (wrong.size() < 3 || asked.contains(a.sentence()) || figures.contains(a.text()) || out.size() == MAX_PER_ARTICLE) {
                continue;
            }
            String cloze = Cloze.blank(facts, a.sentence(), a.span());
            if (cloze == null) {
                continue;
            }
            asked.add(a.sentence());
            figures.add(a.text());
            if (out.size() % 3 == 2 && s.wordCount() <= MAX_STATEMENT_WORDS && !s.text().contains("\"")
                    && WHOLE.matcher(s.text().strip()).matches()) {
                boolean truth = distractors.showsTrue("amount:" + a.text() + ":" + a.sentence());
                int from = a.span().start() - s.span().start();
                String shown = truth ? a.text() : wrong.get(0);
                String statement = s.text().substring(0, from) + shown + s.text().substring(from + a.text().length());
                out.add(new Draft(QuestionType.TRUE_FALSE, "True or false? " + statement, List.of("True", "False"),
                        List.of(truth ? "True" : "False"), a.sentence(), a.sentence(), 0.35,
                        List.of("number", a.percentage() ? "percentage" : "money"), 0, "amount-tf:" + a.span().start()));
                continue;
            }
            List<String> options = new ArrayList<>(List.of(a.text()));
            options.addAll(wrong);
            String prompt = cloze.replace("Fill in the blank: ", "Which figure fills the blank? ");
            out.add(new Draft(QuestionType.MULTIPLE_CHOICE, prompt, distractors.shuffle(options, prompt), List.of(a.text()),
                    a.sentence(), a.sentence(), 0.45, List.of("number", a.percentage() ? "percentage" : "money"), 0,
                    "amount:" + a.span().start()));
        }
        return out;
    }

    /**
     * Three figures a step away from the answer, the step about a tenth of it (a quarter for whole numbers),
     * below or above it by turns so the answer is not always in the middle; percentages stay within 0 to 100.
     * A bound in the text ("less than", "more than", "about") keeps them on the side, or at the distance, where they
     * are false.
     */
    static List<String> wrongFigures(Amount a, List<Amount> all, Comparative bound) {
        double value = a.value();
        double unit = Math.pow(10, -a.decimals());
        double share = bound == Comparative.ROUGH ? 0.3 : a.decimals() > 0 ? 0.1 : 0.25;
        double step = Math.max(unit, Math.round(value * share / unit) * unit);
        Set<String> taken = new HashSet<>();
        for (Amount o : all) {
            if (o.unit().equals(a.unit())) {
                taken.add(o.with(o.value()));
            }
        }
        int[] multiples = Math.floorMod(a.span().start(), 2) == 0 ? new int[] {-1, 1, 2, -2, 3, -3} : new int[] {-1, 1, -2, 2, 3, -3};
        if (bound == Comparative.UPPER || bound == Comparative.LOWER) {
            // One side only, so the step is smaller: three figures below a small sum must stay above zero.
            step = Math.max(unit, Math.round(value * (bound == Comparative.UPPER ? 0.2 : 0.25) / unit) * unit);
            multiples = new int[] {-1, 1, -2, 2, -3, 3, -4, 4};
        }
        List<String> out = new ArrayList<>();
        for (int k : multiples) {
            double v = value + k * step;
            String text = a.with(v);
            if (out.size() < 3 && v > 0 && !(a.percentage() && v > 100) && bound.allows(value, v) && !taken.contains(text)
                    && !out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }
}
