package org.newsquiz.web.quiz;

import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.questionset.QuestionSetService;
import org.newsquiz.web.teacher.CurrentTeacher;

/** Publishing a teacher's question set as a quiz with settings, and closing or reopening it. */
@ApplicationScoped
public class QuizAuthoring {
    private static final int MAX_MINUTES = 24 * 60;

    @Inject
    CurrentTeacher current;
    @Inject
    QuestionSetService sets;
    @Inject
    QuizService quizzes;

    public List<Quiz> visible() {
        return current.isAdmin() ? Quiz.list("ownerId is not null order by createdAt desc, id desc")
                : Quiz.list("ownerId = ?1 order by createdAt desc, id desc", current.id());
    }

    public Quiz owned(long id) {
        return current.requireOwned(Quiz.<Quiz>findById(id), q -> q.ownerId, "quiz", "There is no quiz " + id + ".");
    }

    @Transactional
    public Quiz publish(long setId, QuizSettings settings) {
        QuestionSet set = sets.owned(setId);
        check(settings, set);
        Quiz quiz = quizzes.publish(set, settings.title().strip(), current.id());
        quiz.timeLimitSeconds = settings.timeLimitMinutes() == null ? null : settings.timeLimitMinutes() * 60;
        quiz.maxAttempts = settings.maxAttempts();
        quiz.opensAt = settings.opensAt();
        quiz.closesAt = settings.closesAt();
        quiz.onePerPage = settings.onePerPage();
        quiz.shuffle = settings.shuffle();
        quiz.feedbackMode = settings.feedbackMode() == null ? FeedbackMode.AFTER_SUBMIT : settings.feedbackMode();
        quiz.listed = settings.listed();
        quiz.recognition = settings.recognition() == null ? Recognition.DEVICE : settings.recognition();
        return quiz;
    }

    @Transactional
    public Quiz setStatus(long id, QuizStatus status) {
        Quiz quiz = owned(id);
        quiz.status = status;
        return quiz;
    }

    private static void check(QuizSettings settings, QuestionSet set) {
        if (set.questions.isEmpty()) {
            throw Problem.badRequest("The question set is empty.");
        }
        if (settings.title() == null || settings.title().isBlank() || settings.title().length() > 500) {
            throw Problem.badRequest("Give the quiz a title of at most 500 characters.");
        }
        Integer minutes = settings.timeLimitMinutes();
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw Problem.badRequest("The time limit must be between 1 and " + MAX_MINUTES + " minutes.");
        }
        if (settings.maxAttempts() != null && settings.maxAttempts() < 1) {
            throw Problem.badRequest("Allow at least one attempt, or leave the number empty for no limit.");
        }
        if (settings.opensAt() != null && settings.closesAt() != null && !settings.closesAt().isAfter(settings.opensAt())) {
            throw Problem.badRequest("The quiz must close after it opens.");
        }
    }
}
