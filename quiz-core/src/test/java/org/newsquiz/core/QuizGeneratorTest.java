package org.newsquiz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

class QuizGeneratorTest {
    static final QuizGenerator GENERATOR = QuizGenerator.create();
    static QuestionSet seed;

    @BeforeAll
    static void generate() {
        seed = GENERATOR.generate(SeedArticle.article(), GenerationOptions.DEFAULT);
    }

    @Test
    void givesManyQuestionsOfManyTypesOnTheSeed() {
        assertTrue(seed.questions().size() >= 12, "questions: " + seed.questions().size());
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        seed.questions().forEach(q -> types.add(q.type()));
        assertTrue(types.size() >= 7, "types: " + types);
    }

    @Test
    void attributesSikorskisQuoteWithOtherPeopleAsDistractors() {
        Question q = GENERATOR.generate(SeedArticle.article(), new GenerationOptions(100, 42L)).questions().stream()
                .filter(x -> x.type() == QuestionType.QUOTE_ATTRIBUTION
                && x.prompt().contains("For peace to prevail")).findFirst().orElseThrow();
        assertEquals(List.of("Radoslaw Sikorski"), q.answers());
        assertEquals(4, q.options().size());
        Set<String> people = Set.of("Volodymyr Zelensky", "Ursula von der Leyen", "Mark Rutte", "Donald Trump",
                "Vladimir Putin", "JD Vance", "Steve Witkoff", "Radoslaw Sikorski");
        assertTrue(people.containsAll(q.options()), q.options().toString());
    }

    @Test
    void asksHowManyCiviliansTheStrikesKilled() {
        Question q = seed.questions().stream().filter(x -> x.type() == QuestionType.NUMERIC).findFirst().orElseThrow();
        assertEquals("How many civilians did Russian strikes on Kharkiv kill, according to Ukrainian authorities?", q.prompt());
        assertEquals(List.of("3"), q.answers());
    }

    @Test
    void neverAsksWhereMoscowIs() {
        for (Question q : seed.questions()) {
            if (q.prompt().startsWith("Where")) {
                assertFalse(q.answers().contains("Moscow"), q.prompt());
            }
        }
    }

    @Test
    void everyQuestionKeepsTheContract() {
        String body = SeedArticle.body();
        Set<String> ids = new HashSet<>();
        for (Question q : seed.questions()) {
            assertTrue(ids.add(q.id()), "duplicate id " + q.id());
            if (q.type().isChoice()) {
                assertTrue(q.options().containsAll(q.answers()), q.prompt());
            }
            if (q.type().isSingleAnswer()) {
                assertEquals(1, q.answers().size(), q.prompt());
            }
            assertEquals(q.options().size(), new HashSet<>(q.options()).size(), q.prompt());
            for (Evidence e : q.evidence()) {
                assertEquals(body.substring(e.start(), e.end()), e.text());
            }
            if (q.type() != QuestionType.TRUE_FALSE && q.type() != QuestionType.MATCHING && q.type() != QuestionType.ORDERING) {
                for (String a : q.answers()) {
                    assertFalse(q.prompt().toLowerCase(Locale.ROOT).contains(a.toLowerCase(Locale.ROOT)) && a.length() > 3,
                            "answer in prompt: " + q.prompt());
                }
            }
            assertTrue(q.difficulty() >= 0 && q.difficulty() <= 1);
            assertFalse(q.tags().isEmpty());
        }
    }

    @Test
    void sameInputAndSeedGiveTheSameQuestions() {
        QuestionSet again = QuizGenerator.create().generate(SeedArticle.article(), GenerationOptions.DEFAULT);
        assertEquals(seed, again);
    }

    @Test
    void oddInputGivesAResultOrAReason() {
        for (String body : List.of("Hello", "12 34 56 78", "Привет мир. Это тест.", "x".repeat(200_000), "   ")) {
            try {
                QuestionSet set = GENERATOR.generate(Article.of("", body), GenerationOptions.DEFAULT);
                assertFalse(set.questions().isEmpty());
            } catch (UnusableArticleException e) {
                assertFalse(e.getMessage().isBlank());
            }
        }
        assertThrows(UnusableArticleException.class, () -> GENERATOR.generate(Article.of("", ""), GenerationOptions.DEFAULT));
    }
}
