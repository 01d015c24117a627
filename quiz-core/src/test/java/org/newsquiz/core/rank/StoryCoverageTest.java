package org.newsquiz.core.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

/** A default quiz asks the story before its side details: the headline event first, titles and quotes a quarter at most. */
class StoryCoverageTest {
    private static final QuizGenerator GENERATOR = QuizGenerator.create();

    private static QuestionSet quiz(String resource) {
        return GENERATOR.generate(ArticleReaders.read(resource, SeedArticle.read(resource)), GenerationOptions.DEFAULT);
    }

    private static boolean side(Question q) {
        return q.tags().contains("role") || q.tags().contains("quote");
    }

    @Test
    void politicsQuizOpensWithTheHeadlineEvent() {
        List<Question> questions = quiz("stories/politics_bridge_tax.txt").questions();
        Question first = questions.get(0);
        // The key-noun blank on the vote ("a _____" → toll) has synonyms and is no longer drafted; the toll itself leads.
        assertTrue(first.explanation().contains("toll"), first.prompt());
    }

    @Test
    void seedQuizAsksItsMainEventsBeforeItsPeoplesTitles() {
        List<Question> questions = quiz("articles/" + SeedArticle.FILE).questions();
        List<Question> opening = questions.subList(0, 5);
        assertTrue(opening.stream().filter(q -> q.tags().contains("event")).count() >= 3, () -> prompts(opening));
        assertTrue(opening.stream().anyMatch(q -> (q.prompt().contains("Zelensky") || q.answers().contains("Volodymyr Zelensky"))
                && q.tags().contains("event")), () -> prompts(opening));
        assertTrue(opening.stream().anyMatch(q -> q.prompt().contains("Putin") || q.answers().contains("Alaska")), () -> prompts(opening));
        int firstTitle = indexOf(questions, q -> q.tags().contains("role"));
        int firstEvent = indexOf(questions, q -> q.tags().contains("event"));
        assertTrue(firstEvent < firstTitle, () -> prompts(questions));
    }

    @Test
    void titlesAndQuotesAreAtMostAQuarterOfEveryQuiz() {
        for (String resource : List.of("articles/" + SeedArticle.FILE, "stories/politics_bridge_tax.txt", "stories/study_walking_memory.txt",
                "heldout/courts_landlord_ruling.txt", "heldout/transport_ferry_strike.txt", "heldout/weather_storm_floods.txt")) {
            List<Question> questions = quiz(resource).questions();
            long side = questions.stream().filter(StoryCoverageTest::side).count();
            assertTrue(side <= Math.max(1, (questions.size() - side) / 3), resource + ": " + side + " of " + questions.size());
        }
    }

    private static int indexOf(List<Question> questions, java.util.function.Predicate<Question> test) {
        for (int i = 0; i < questions.size(); i++) {
            if (test.test(questions.get(i))) {
                return i;
            }
        }
        return questions.size();
    }

    private static String prompts(List<Question> questions) {
        return String.join("\n", questions.stream().map(q -> q.type() + " " + q.prompt() + " " + q.tags()).toList());
    }
}
