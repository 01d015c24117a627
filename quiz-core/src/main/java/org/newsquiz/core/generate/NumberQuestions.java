package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.NumericFact;
import org.newsquiz.core.question.QuestionType;

/**
 * How many and how much: multiple choice on money and percentages, numeric questions from counted events, and blanks on the numbers of the text. Each number is asked
 * once, a sentence gets at most one number blank, and "two" spelled out is too easy a gap to blank.
 */
public final class NumberQuestions implements DraftGenerator {
    private static final int MAX_SUBJECT_WORDS = 8;
    private final AmountQuestions amounts = new AmountQuestions();

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>(amounts.generate(facts, distractors));
        // A sentence shown whole in one question would give away a blank in it, so figures and dates keep it to themselves.
        Set<Integer> blankedSentences = new HashSet<>();
        out.forEach(d -> blankedSentences.add(d.firstSentence()));
        facts.dated().forEach(d -> blankedSentences.add(d.sentence()));
        for (NumericFact n : facts.numbers()) {
            // "3,500 people produced 56,000 cars": a counted subject is a figure itself, not who did it.
            if (!n.verb().isEmpty() && !n.subject().isEmpty() && n.subject().split(" ").length <= MAX_SUBJECT_WORDS
                    && !n.subject().matches(".*\\d.*")
                    && (!n.lemma().equals("spend") || !n.qualifier().isEmpty())) {
                String subject = lowerFirst(n.subject());
                String qualifier = n.qualifier().isEmpty() ? "" : " " + n.qualifier();
                String source = n.source().isEmpty() ? "" : ", according to " + lowerFirst(n.source());
                String prompt = "How many " + n.noun() + " did " + subject + " " + n.lemma() + qualifier + source + "?";
                double tolerance = n.value() >= 100 ? Math.round(n.value() * 0.05) : 0;
                out.add(new Draft(QuestionType.NUMERIC, prompt, List.of(), List.of(n.valueText()), n.sentence(), n.sentence(),
                        0.5, List.of("number"), tolerance, "numeric:" + n.numberSpan().start()));
                continue;
            }
            if (trivialGap(n) || n.noun().toLowerCase(Locale.ROOT).startsWith("year") || blankedSentences.contains(n.sentence())) {
                continue;
            }
            String cloze = Cloze.blank(facts, n.sentence(), n.numberSpan());
            if (cloze != null) {
                blankedSentences.add(n.sentence());
                List<String> accepted = n.written().equals(n.valueText()) ? List.of(n.written()) : List.of(n.written(), n.valueText());
                out.add(new Draft(QuestionType.FILL_IN_BLANK, cloze, List.of(), accepted, n.sentence(), n.sentence(), 0.55,
                        List.of("number"), 0, "number-fib:" + n.numberSpan().start()));
            }
        }
        return out;
    }

    /** Small numbers written as words ("two members") are guessed, not recalled. */
    static boolean trivialGap(NumericFact n) {
        return n.value() <= 2 && !n.written().equals(n.valueText());
    }

    /** Lower-cases a leading common word ("Russian strikes" stays, "The strikes" becomes "the strikes"). */
    static String lowerFirst(String phrase) {
        String first = phrase.split(" ")[0];
        boolean common = List.of("The", "A", "An", "Its", "Their", "His", "Her", "Some", "Local", "Police").contains(first);
        return common ? first.toLowerCase(Locale.ROOT) + phrase.substring(first.length()) : phrase;
    }
}
