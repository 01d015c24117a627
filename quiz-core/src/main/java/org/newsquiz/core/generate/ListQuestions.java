package org.newsquiz.core.generate;

import java.util.ArrayList;
import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.ListFact;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.text.Sentence;

/**
 * Select-all questions on the lists the article names: the sentence with the list blanked ("… with _____ paying the
 * largest shares"), its members and others of their kind from the article as options. Kinds from the word lists
 * alone are not offered: a country the story never mentions is guessed away.
 */
public final class ListQuestions implements DraftGenerator {
    private static final int MAX_MEMBERS = 4;
    private static final int WRONG = 2;

    @Override
    public List<Draft> generate(FactSheet facts, Distractors distractors) {
        List<Draft> out = new ArrayList<>();
        for (ListFact l : facts.lists()) {
            if (l.members().size() > MAX_MEMBERS) {
                continue;
            }
            Sentence s = facts.text().sentences().get(l.sentence());
            if (Stems.besideNames(s, s.tokenAt(l.span().start()) - 1, s.tokenAt(l.span().end()))) {
                continue;
            }
            List<Entity> inSentence = ClauseText.named(facts, l.sentence());
            List<String> answers = l.members().stream().map(Entity::name).toList();
            List<String> options = new ArrayList<>(answers);
            for (Entity e : distractors.fromArticle(l.type(), l.members(), 8)) {
                boolean person = e.type() != EntityType.PERSON || Stems.introduced(facts, e);
                if (options.size() < answers.size() + WRONG && !inSentence.contains(e) && person) {
                    options.add(e.name());
                }
            }
            String cloze = Cloze.blank(facts, l.sentence(), l.span());
            if (options.size() < answers.size() + WRONG || cloze == null) {
                continue;
            }
            String prompt = cloze.replace("Fill in the blank: ", "Which " + l.type().plural() + " fill the blank? ")
                    + " (Select all that apply.)";
            out.add(new Draft(QuestionType.MULTIPLE_RESPONSE, prompt, distractors.shuffle(options, prompt), answers,
                    l.sentence(), l.sentence(), 0.35, List.of("place", "list"), 0, "list:" + l.sentence()));
        }
        return out;
    }
}
