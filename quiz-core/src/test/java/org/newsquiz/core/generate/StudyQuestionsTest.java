package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

class StudyQuestionsTest {
    private static final QuizGenerator GENERATOR = QuizGenerator.create();
    private static final String RESOURCE = "stories/study_walking_memory.txt";

    private static List<Question> study(List<Question> questions) {
        return questions.stream().filter(q -> q.tags().contains("study")).toList();
    }

    private final Article article = ArticleReaders.read(RESOURCE, SeedArticle.read(RESOURCE));
    private final List<Question> questions = GENERATOR.generate(article, new GenerationOptions(100, 42L)).questions();

    @Test
    void aDurationWrittenAsAWordAlsoTakesItsDigits() {
        String text = "Researchers at the Harlow Institute studied 240 patients with migraine. "
                + "In the study, patients who took the tablets for six months had fewer headaches than those who took a placebo.";
        Draft blank = Drafts.of(new StudyQuestions(), text).stream().filter(d -> d.prompt().contains("for _____ months"))
                .findFirst().orElseThrow(() -> new AssertionError(Drafts.of(new StudyQuestions(), text).toString()));
        assertEquals(List.of("six", "6"), blank.answers());
    }

    @Test
    void asksHowManyPeopleTheStudyFollowedAndWhereItWasPublished() {
        assertTrue(study(questions).stream().anyMatch(q -> q.type() == QuestionType.NUMERIC
                && q.prompt().equals("How many adults did the study described in the article involve?") && q.answers().equals(List.of("2400"))),
                () -> prompts(questions));
        assertTrue(study(questions).stream().anyMatch(q -> q.type() == QuestionType.FILL_IN_BLANK
                && q.prompt().equals("Fill in the blank: The findings are published in the journal _____.")
                && q.answers().equals(List.of("Ageing and Health"))), () -> prompts(questions));
    }

    @Test
    void findingIsAChoiceAmongTheAuthorsCaveats() {
        Question finding = study(questions).stream().filter(q -> q.tags().contains("finding")).findFirst().orElseThrow(() -> new AssertionError(prompts(questions)));
        assertEquals(QuestionType.MULTIPLE_CHOICE, finding.type());
        assertEquals(List.of("People who walked for thirty minutes a day lost memory about a third more slowly than those who rarely walked"),
                finding.answers());
        assertEquals(4, finding.options().size());
        assertTrue(finding.options().contains("The results may not hold for people living in care homes"), finding.options()::toString);
        assertTrue(finding.options().contains("People who walk more may be healthier in other ways that the study could not measure"),
                finding.options()::toString);
    }

    @Test
    void everyStudyAnswerIsWordsOfTheArticle() {
        assertFalse(study(questions).isEmpty());
        for (Question q : study(questions)) {
            for (String answer : q.answers()) {
                assertTrue(answer.equals("2400") || q.type() == QuestionType.TRUE_FALSE || article.body().contains(answer.substring(1)), q.prompt() + " -> " + answer);
            }
        }
    }

    @Test
    void aStoryWithoutAStudyGetsNoStudyQuestions() {
        String resource = "stories/politics_bridge_tax.txt";
        assertTrue(study(GENERATOR.generate(ArticleReaders.read(resource, SeedArticle.read(resource)), new GenerationOptions(100, 42L)).questions()).isEmpty());
    }

    private static String prompts(List<Question> questions) {
        return String.join("\n", questions.stream().map(q -> q.type() + " " + q.prompt() + " " + q.answers() + " " + q.tags()).toList());
    }
}
