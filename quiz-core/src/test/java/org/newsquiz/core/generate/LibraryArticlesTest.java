package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

class LibraryArticlesTest {
    private static final QuizGenerator GENERATOR = QuizGenerator.create();

    private static QuestionSet generate(String file) {
        return GENERATOR.generate(ArticleReaders.read(file, SeedArticle.read("articles/" + file)), GenerationOptions.DEFAULT);
    }

    private static Set<QuestionType> types(QuestionSet set) {
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        set.questions().forEach(q -> types.add(q.type()));
        return types;
    }

    @ParameterizedTest
    @ValueSource(strings = {"001_sport_cup_final.txt", "003_business_freight_takeover.txt", "005_local_footbridge_vote.txt",
        "006_obituary_astrid_solberg.txt", "008_environment_algarve_drought.txt", "002_science_asteroid_clay.md",
        "007_culture_textile_museum.md"})
    void everyTextAndMarkdownArticleGivesTwelveQuestionsOfSixTypes(String file) {
        QuestionSet set = generate(file);
        assertTrue(set.questions().size() >= 12, file + ": " + set.questions().size());
        assertTrue(types(set).size() >= 6, file + ": " + types(set));
    }

    @Test
    void theSeedCoversSevenTypes() {
        QuestionSet set = generate(SeedArticle.FILE);
        assertTrue(set.questions().size() >= 12);
        assertTrue(types(set).size() >= 7, types(set)::toString);
    }

    @Test
    void theSeedOrdersTheAnnexationTheDeclarationAndTheNews() {
        Question ordering = generate(SeedArticle.FILE).questions().stream().filter(q -> q.type() == QuestionType.ORDERING)
                .findFirst().orElseThrow();
        assertEquals(List.of("Russia annexed Crimea", "Russia declared four more Ukrainian regions as its territory",
                "Zelensky arrived in Washington"), ordering.answers());
    }

    @Test
    void theObituaryAsksWhenSheWasBornAndOrdersHerCareer() {
        QuestionSet set = generate("006_obituary_astrid_solberg.txt");
        Question born = set.questions().stream().filter(q -> q.prompt().equals("In which year was Solberg born?")).findFirst().orElseThrow();
        assertEquals(List.of("1941"), born.answers());
        Question ordering = set.questions().stream().filter(q -> q.type() == QuestionType.ORDERING).findFirst().orElseThrow();
        assertEquals("Solberg was born", ordering.answers().get(0));
    }

    @Test
    void theObituaryMatchesHerCareerWithItsYears() {
        Question matching = generate("006_obituary_astrid_solberg.txt").questions().stream()
                .filter(q -> q.prompt().startsWith("Match each event with the year")).findFirst().orElseThrow();
        assertTrue(matching.answers().contains("Solberg was born" + Question.PAIR_ARROW + "1941"), matching.answers().toString());
        assertTrue(matching.options().contains("1941"));
    }

    @Test
    void noPersonGetsMoreThanTwoRoleQuestions() {
        QuestionSet seed = generate(SeedArticle.FILE);
        long aboutRutte = seed.questions().stream().filter(q -> q.tags().contains("role") && q.type() != QuestionType.MATCHING)
                .filter(q -> q.prompt().contains("describes Mark Rutte") || q.answers().stream().anyMatch(a -> a.contains("Rutte"))).count();
        assertTrue(aboutRutte <= 2, "questions about Rutte's role: " + aboutRutte);
    }

    @Test
    void datedStatementsWithFiguresAreNotOrdered() {
        Question ordering = generate("007_culture_textile_museum.md").questions().stream()
                .filter(q -> q.type() == QuestionType.ORDERING).findFirst().orElseThrow();
        assertTrue(ordering.answers().stream().noneMatch(a -> a.matches(".*\\d.*")), ordering.answers().toString());
    }

    @Test
    void trueFalseStatementsDoNotAllOpenTheSameWay() {
        long according = generate(SeedArticle.FILE).questions().stream()
                .filter(q -> q.type() == QuestionType.TRUE_FALSE && q.prompt().contains("According to the article")).count();
        assertEquals(0, according);
    }
}
