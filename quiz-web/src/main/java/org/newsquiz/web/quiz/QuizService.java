package org.newsquiz.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newsquiz.web.questionset.QuestionSet;

/** Publishing quizzes and finding them by join code. */
@ApplicationScoped
public class QuizService {

    /** Publishes {@code set} as an open, listed quiz with a fresh join code. */
    @Transactional
    public Quiz publish(QuestionSet set, String title, Long ownerId) {
        Quiz quiz = new Quiz();
        quiz.questionSet = set;
        quiz.title = title;
        quiz.ownerId = ownerId;
        quiz.code = unusedCode();
        quiz.persist();
        return quiz;
    }

    private static String unusedCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (Quiz.findByCode(code) != null);
        return code;
    }
}
