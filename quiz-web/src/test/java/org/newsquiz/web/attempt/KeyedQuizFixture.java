package org.newsquiz.web.attempt;

import static org.newsquiz.web.attempt.KeyPredictionTest.LEFTS;
import static org.newsquiz.web.attempt.KeyPredictionTest.ORDER;
import static org.newsquiz.web.attempt.KeyPredictionTest.RIGHTS;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.QuizService;

/** A quiz whose bank order gives the key away, stored as a teacher's hand-made questions are (not reshuffled). */
@ApplicationScoped
public class KeyedQuizFixture {
    @Inject
    QuizService quizzes;

    /** Three four-option questions with the key first, a matching in left-hand order, an ordering in order. */
    @Transactional
    public Quiz publish() {
        Article article = new Article();
        article.title = "Riverside Library reopens";
        article.body = QuizFixtures.BODY;
        article.persist();
        QuestionSet set = new QuestionSet();
        set.title = article.title;
        List<Question> questions = List.of(
                question("k1", QuestionType.MULTIPLE_CHOICE, "Who cut the ribbon?",
                        List.of("Helen Okafor", "Maria Costa", "Peter Hale", "Sara Brandt"), List.of("Helen Okafor")),
                question("k2", QuestionType.MULTIPLE_CHOICE, "What did the renovation cost?",
                        List.of("4.35 million pounds", "2.1 million pounds", "6 million pounds", "900,000 pounds"),
                        List.of("4.35 million pounds")),
                question("k3", QuestionType.MULTIPLE_CHOICE, "When did the work begin?",
                        List.of("March 2023", "May 2022", "January 2024", "October 2023"), List.of("March 2023")),
                question("k4", QuestionType.MATCHING, "Match each step of the work with its date.", RIGHTS,
                        List.of(LEFTS.get(0) + " → " + RIGHTS.get(0), LEFTS.get(1) + " → " + RIGHTS.get(1),
                                LEFTS.get(2) + " → " + RIGHTS.get(2))),
                question("k5", QuestionType.ORDERING, "Put the building work in order.", ORDER, ORDER));
        for (Question question : questions) {
            StoredQuestion stored = StoredQuestion.from(question, article.id, null, QuestionStatus.APPROVED);
            stored.position = set.questions.size();
            stored.persist();
            set.questions.add(stored);
        }
        set.persist();
        return quizzes.publish(set, article.title, null);
    }

    private static Question question(String id, QuestionType type, String prompt, List<String> options,
                                     List<String> answers) {
        String text = "Work began in March 2023";
        int start = QuizFixtures.BODY.indexOf(text);
        return new Question(id, type, prompt, options, answers, "From the article.",
                List.of(new Evidence(text, start, start + text.length())), 0.5, List.of(), 0);
    }
}
