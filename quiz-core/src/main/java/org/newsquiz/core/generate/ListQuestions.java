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
            String passage = s.text().substring(0, l.span().start() - s.span().start()) + "\u2026"
                    + s.text().substring(l.span().end() - s.span().start());
            String prompt = "The article says: \u201C" + passage.strip() + "\u201D Which of these " + l.type().plural()
                    + " does it name where the \u2026 stands? (Select all that apply.)";
            out.add(new Draft(QuestionType.MULTIPLE_RESPONSE, prompt, distractors.shuffle(options, prompt), answers,
                    l.sentence(), l.sentence(), 0.35, List.of("place", "list"), 0, "list:" + l.sentence()));
        }
        return out;
    }
}
