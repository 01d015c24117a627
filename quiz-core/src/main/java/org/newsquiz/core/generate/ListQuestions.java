package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.ListFact;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;

/** Select-all questions on lists the article names, and blanks on one place of the list. */
public final class ListQuestions implements DraftGenerator {
    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        for (ListFact l : facts.lists()) {
            Sentence s = facts.text().sentences().get(l.sentence());
            if (s.wordCount() > 45) {
                continue;
            }
            List<Entity> shown = l.members().subList(0, Math.min(3, l.members().size()));
            List<String> options = new ArrayList<>(shown.stream().map(Entity::name).toList());
            List<String> answers = List.copyOf(options);
            for (Entity e : distractors.fromArticle(l.type(), l.members(), 2)) {
                options.add(e.name());
            }
            options.addAll(distractors.fromLists(l.type(), 5 - options.size()));
            if (options.size() < 5) {
                continue;
            }
            String prompt = "After the words \u201C" + lead(s.text().substring(0, l.span().start() - s.span().start()))
                    + "\u201D, which " + l.type().plural() + " does the article name? (Select all that apply.)";
            out.add(new Draft(QuestionType.MULTIPLE_RESPONSE, prompt, distractors.shuffle(options, prompt), answers,
                    l.sentence(), l.sentence(), 0.35, List.of("place", "list"), 0, "list:" + l.sentence()));
        }
        return out;
    }

    /**
     * The few words that lead into the list ("…the leaders of"), enough to say which list is meant without
     * showing the rest of the sentence, whose other facts other questions ask.
     */
    static String lead(String before) {
        String[] words = before.strip().replaceAll("[\\s,:;\u2013\u2014-]+$", "").split("\\s+");
        if (words.length <= LEAD_WORDS) {
            return String.join(" ", words);
        }
        return "\u2026" + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - LEAD_WORDS, words.length));
    }

    private static final int LEAD_WORDS = 7;
}
