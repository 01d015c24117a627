package org.newsquiz.core.distractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

/** A teacher asking for other distractors gets other people for a question about a person, not the same four. */
class VariedDistractorsTest {
    private static final QuizGenerator GENERATOR = QuizGenerator.create();

    private static Map<String, Question> byId(QuestionSet set) {
        return set.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    @Test
    void otherSeedsGiveOtherWrongPeopleAndKeepTheAnswers() {
        Map<String, Question> usual = byId(GENERATOR.generate(SeedArticle.article(), new GenerationOptions(500, 42L)));
        Question person = usual.values().stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.tags().contains("person"))
                .findFirst().orElseThrow();
        Set<Set<String>> optionSets = new HashSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            Question varied = byId(GENERATOR.generate(SeedArticle.article(), new GenerationOptions(500, seed, true)))
                    .get(person.id());
            if (varied == null) {
                continue;
            }
            assertEquals(person.answers(), varied.answers(), "same answer");
            assertEquals(person.prompt(), varied.prompt(), "same question");
            assertTrue(varied.options().containsAll(varied.answers()));
            assertEquals(varied.options().size(), new HashSet<>(varied.options()).size(), "distinct options");
            optionSets.add(new HashSet<>(varied.options()));
        }
        optionSets.remove(new HashSet<>(person.options()));
        assertTrue(optionSets.size() >= 2, "other wrong options for " + person.prompt() + ": " + optionSets);
    }

    @Test
    void withoutVariationTheSeedAloneKeepsTheProminentPeople() {
        List<Question> a = GENERATOR.generate(SeedArticle.article(), new GenerationOptions(40, 42L)).questions();
        List<Question> b = GENERATOR.generate(SeedArticle.article(), new GenerationOptions(40, 42L, false)).questions();
        assertEquals(a, b);
    }
}
