package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.NumericFact;
import org.newsquiz.core.question.QuestionType;

/** How many: numeric questions from counted events, and blanks on the numbers of the text. */
public final class NumberQuestions implements DraftGenerator {
    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        for (NumericFact n : facts.numbers()) {
            if (!n.verb().isEmpty() && !n.subject().isEmpty() && n.subject().split(" ").length <= 8) {
                String subject = lowerFirst(n.subject());
                String source = n.source().isEmpty() ? "" : ", according to " + lowerFirst(n.source());
                String prompt = "How many " + n.noun() + " did " + subject + " " + n.lemma() + source + "?";
                double tolerance = n.value() >= 100 ? Math.round(n.value() * 0.05) : 0;
                out.add(new Draft(QuestionType.NUMERIC, prompt, List.of(), List.of(n.valueText()), n.sentence(), n.sentence(),
                        0.5, List.of("number"), tolerance, "numeric:" + n.numberSpan().start()));
            }
            String cloze = Cloze.blank(facts, n.sentence(), n.numberSpan());
            if (cloze != null && !n.noun().toLowerCase(Locale.ROOT).startsWith("year")) {
                List<String> accepted = n.written().equals(n.valueText()) ? List.of(n.written()) : List.of(n.written(), n.valueText());
                out.add(new Draft(QuestionType.FILL_IN_BLANK, cloze, List.of(), accepted, n.sentence(), n.sentence(), 0.55,
                        List.of("number"), 0, "number-fib:" + n.numberSpan().start()));
            }
        }
        return out;
    }

    /** Lower-cases a leading common word ("Russian strikes" stays, "The strikes" becomes "the strikes"). */
    static String lowerFirst(String phrase) {
        String first = phrase.split(" ")[0];
        boolean common = List.of("The", "A", "An", "Its", "Their", "His", "Her", "Some", "Local", "Police").contains(first);
        return common ? first.toLowerCase(Locale.ROOT) + phrase.substring(first.length()) : phrase;
    }

}
