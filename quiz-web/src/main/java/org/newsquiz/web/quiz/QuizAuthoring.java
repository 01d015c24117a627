package org.newsquiz.web.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.ReviewService;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.questionset.QuestionSetService;
import org.newsquiz.web.teacher.CurrentTeacher;
import org.newsquiz.web.teacher.Teacher;

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
    @Inject
    ReviewService review;

    /** A quiz as the teacher's list shows it. */
    public record Row(long id, String title, String code, QuizStatus status, String published, long attempts,
            Recognition recognition) {
    }

    /** The teacher's quizzes, newest first; for an administrator, each colleague's under their own heading. */
    public record Section(String heading, List<Row> rows) {
    }

    /** What the "ready for your class" page needs of a quiz, read while its set is loaded. */
    public record Ready(Quiz quiz, int questions, long attempts) {
    }

    @Transactional
    public List<Section> sections() {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        sections.put("Your quizzes", new ArrayList<>());
        Map<Long, String> names = new HashMap<>();
        for (Quiz quiz : visible()) {
            String heading = quiz.ownerId == current.id() ? "Your quizzes"
                    : "Other teachers' quizzes: " + names.computeIfAbsent(quiz.ownerId, QuizAuthoring::ownerName);
            sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(new Row(quiz.id, quiz.title, quiz.code,
                    quiz.status, org.newsquiz.web.teacher.PlainWords.day(quiz.createdAt),
                    org.newsquiz.web.attempt.Attempt.count("quiz.id", quiz.id), quiz.recognition));
        }
        List<Section> listed = new ArrayList<>();
        sections.forEach((heading, rows) -> listed.add(new Section(heading, rows)));
        return listed;
    }

    static String ownerName(Long ownerId) {
        Teacher owner = ownerId == null ? null : Teacher.findById(ownerId);
        return owner == null ? "shared library" : owner.displayName;
    }

    @Transactional
    public Ready ready(long id) {
        Quiz quiz = owned(id);
        return new Ready(quiz, quiz.questionSet.questions.size(),
                org.newsquiz.web.attempt.Attempt.count("quiz.id", quiz.id));
    }

    /**
     * Publishes the article's approved questions in one step: a question set of them, in the review's order, named
     * as the quiz (it can be renamed and reused later), and the quiz with its settings.
     */
    @Transactional
    public Quiz publishApproved(long articleId, QuizSettings settings) {
        List<Long> approved = review.forArticle(articleId).stream()
                .filter(q -> q.status == QuestionStatus.APPROVED && current.mayChange(q.ownerId))
                .map(q -> q.id).toList();
        if (approved.isEmpty()) {
            throw Problem.badRequest("Approve at least one question first.");
        }
        checkTitle(settings);
        QuestionSet set = sets.create(settings.title(), approved);
        return publish(set.id, settings);
    }

    /** Changes a published quiz's settings; its questions, and so the grades already given, stay as they are. */
    @Transactional
    public Quiz update(long id, QuizSettings settings) {
        Quiz quiz = owned(id);
        check(settings, quiz.questionSet);
        apply(quiz, settings);
        return quiz;
    }

    /** A new quiz of the same questions and settings with a join code of its own, open. */
    @Transactional
    public Quiz duplicate(long id) {
        Quiz original = owned(id);
        String title = original.title.length() > 490 ? original.title.substring(0, 490) : original.title;
        Quiz copy = quizzes.publish(original.questionSet, title + " (copy)", current.id());
        copy.timeLimitSeconds = original.timeLimitSeconds;
        copy.maxAttempts = original.maxAttempts;
        copy.opensAt = original.opensAt;
        copy.closesAt = original.closesAt;
        copy.onePerPage = original.onePerPage;
        copy.shuffle = original.shuffle;
        copy.feedbackMode = original.feedbackMode;
        copy.listed = original.listed;
        return copy;
    }

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
        apply(quiz, settings);
        return quiz;
    }

    private static void apply(Quiz quiz, QuizSettings settings) {
        quiz.title = settings.title().strip();
        quiz.timeLimitSeconds = settings.timeLimitMinutes() == null ? null : settings.timeLimitMinutes() * 60;
        quiz.maxAttempts = settings.maxAttempts();
        quiz.opensAt = settings.opensAt();
        quiz.closesAt = settings.closesAt();
        quiz.onePerPage = settings.onePerPage();
        quiz.shuffle = settings.shuffle();
        quiz.feedbackMode = settings.feedbackMode() == null ? FeedbackMode.AFTER_SUBMIT : settings.feedbackMode();
        quiz.listed = settings.listed();
        quiz.recognition = settings.recognition() == null ? Recognition.DEVICE : settings.recognition();
    }

    @Transactional
    public Quiz setStatus(long id, QuizStatus status) {
        Quiz quiz = owned(id);
        quiz.status = status;
        return quiz;
    }

    private static void checkTitle(QuizSettings settings) {
        if (settings.title() == null || settings.title().isBlank() || settings.title().length() > 500) {
            throw Problem.badRequest("Give the quiz a title of at most 500 characters.");
        }
    }

    private static void check(QuizSettings settings, QuestionSet set) {
        if (set.questions.isEmpty()) {
            throw Problem.badRequest("The question set is empty.");
        }
        checkTitle(settings);
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
