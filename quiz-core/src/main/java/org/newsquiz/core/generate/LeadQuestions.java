package org.newsquiz.core.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Token;

/**
 * The story's main event, asked in the lead: a blank on the lead's noun that the article keeps returning to ("a toll"
 * in a story about a bridge toll), the word a reader must have taken in to know what the story is about.
 */
public final class LeadQuestions implements DraftGenerator {
    private static final int MIN_SENTENCES = 3;
    private static final int MIN_LETTERS = 4;
    /** The subject's first words are the story's actor, asked elsewhere; the event's noun comes after them. */
    private static final int SKIP_TOKENS = 2;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Sentence> sentences = facts.text().sentences();
        if (sentences.size() < MIN_SENTENCES) {
            return List.of();
        }
        Map<String, Integer> sentencesWith = new HashMap<>();
        for (Sentence s : sentences) {
            Set<String> lemmas = new HashSet<>();
            s.tokens().stream().filter(LeadQuestions::commonNoun).forEach(t -> lemmas.add(lemma(t)));
            lemmas.forEach(l -> sentencesWith.merge(l, 1, Integer::sum));
        }
        Sentence lead = sentences.get(0);
        if (lead.tokens().stream().anyMatch(t -> t.hasTag("NUM") && t.text().chars().anyMatch(Character::isDigit))) {
            // A lead with a figure is asked by its figure; a second blank in the sentence would show the first's answer.
            return List.of();
        }
        Token best = null;
        int bestCount = MIN_SENTENCES - 1;
        for (int i = SKIP_TOKENS; i < lead.tokens().size(); i++) {
            Token t = lead.tokens().get(i);
            int count = sentencesWith.getOrDefault(lemma(t), 0);
            if (commonNoun(t) && count > bestCount && once(lead, lemma(t)) && !counted(lead.tokens().get(i - 1))
                    && !titles(lead, i)) {
                best = t;
                bestCount = count;
            }
        }
        if (best == null) {
            return List.of();
        }
        String cloze = Cloze.blank(facts, 0, best.span());
        if (cloze == null || Cloze.PRONOUN_START.matcher(cloze.substring("Fill in the blank: ".length())).find()) {
            return List.of();
        }
        return List.of(new Draft(QuestionType.FILL_IN_BLANK, cloze, List.of(), List.of(best.text()), 0, 0, 0.45,
                List.of("event", "lead"), 0, "lead:" + lemma(best)));
    }

    private static boolean commonNoun(Token t) {
        return t.hasTag("NOUN") && !t.isCapitalised() && t.text().length() >= MIN_LETTERS && t.text().chars().allMatch(Character::isLetter)
                && !MEASURES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Units and time spans are what a figure counts ("four months", "100 people"), not what the story is about. */
    private static final Set<String> MEASURES = Set.of("year", "month", "week", "day", "hour", "minute", "time", "people",
            "person", "percent", "cent", "number", "part", "per", "pound", "dollar", "euro", "times", "lot", "thing");

    private static String lemma(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** "four months", "100 jobs": the noun of a figure, which a blank on it would split from its number. */
    private static boolean counted(Token before) {
        return before.hasTag("NUM");
    }

    /** "freight operator Nordvik": a noun before a name describes the name, it is not the event. */
    private static boolean titles(Sentence s, int i) {
        return i + 1 < s.tokens().size() && s.tokens().get(i + 1).isCapitalised();
    }

    /** A word the sentence repeats would show the blank's answer beside it. */
    private static boolean once(Sentence s, String lemma) {
        return s.tokens().stream().filter(t -> lemma(t).equals(lemma) || t.text().toLowerCase(Locale.ROOT).equals(lemma)).count() == 1;
    }
}
