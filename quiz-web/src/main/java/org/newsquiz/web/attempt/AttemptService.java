package org.newsquiz.web.attempt;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.grading.Grader;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.metrics.QuizMetrics;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.FeedbackMode;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.Recognition;
import org.newsquiz.web.quiz.StudentNames;

/** Starts attempts, explains refused saves, grades on submit and decides what may be revealed. State is in PostgreSQL. */
@ApplicationScoped
public class AttemptService {
    /** Orders are drawn from a secure generator and stored: nothing the student sees can recompute them. */
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Grader grader;

    @Inject
    QuizMetrics metrics;

    @Inject
    QuestionCache questionCache;

    /** A new attempt, the secret token the client must present from now on, and its questions as shown. */
    public record Started(Attempt attempt, String token, List<QuestionView> views) {
    }

    /** An attempt started from {@code deviceId} on a quiz that does not use a class list. */
    @Transactional
    public Started start(long quizId, String studentName, String deviceId) {
        return start(quizId, studentName, deviceId, null);
    }

    /**
     * Starts an attempt. Students have no accounts, so the quiz's attempt limit counts what its recognition
     * says: the attempts from this device, those from this device or under this name, or those of this class-list
     * entry ({@code rosterEntryId}, whose name is then the student's).
     */
    @Transactional
    public Started start(long quizId, String studentName, String deviceId, Long rosterEntryId) {
        Quiz quiz = Quiz.findById(quizId);
        OffsetDateTime now = OffsetDateTime.now();
        if (quiz == null || !quiz.acceptsAttempts(now)) {
            throw Problem.gone("This quiz is closed.");
        }
        if ((quiz.recognition == Recognition.ROSTER) != (rosterEntryId != null)) {
            throw Problem.badRequest(quiz.recognition == Recognition.ROSTER
                    ? "This quiz is joined with the personal code your teacher gave you." : "This quiz has no class list.");
        }
        String name = StudentNames.tidy(studentName);
        if (name == null) {
            throw Problem.badRequest("Please enter your name (up to " + StudentNames.MAX_LENGTH + " characters).");
        }
        if (quiz.maxAttempts != null && used(quiz, name, deviceId, rosterEntryId) >= quiz.maxAttempts) {
            throw Problem.conflict("You have used all " + quiz.maxAttempts + " attempt(s) allowed for this quiz"
                    + (quiz.recognition == Recognition.NAME_AND_DEVICE ? " under this name or on this device." : "."));
        }
        String token = AttemptTokens.newToken();
        Attempt attempt = new Attempt();
        attempt.id = UUID.randomUUID();
        attempt.quiz = quiz;
        attempt.tokenHash = AttemptTokens.hash(token);
        attempt.studentName = name;
        attempt.deviceId = deviceId;
        attempt.rosterEntryId = rosterEntryId;
        attempt.startedAt = now;
        attempt.deadline = deadline(quiz, now);
        List<StoredQuestion> questions = new ArrayList<>(questionCache.ofSet(quiz.questionSet.id));
        attempt.optionOrders = new HashMap<>();
        attempt.itemOrders = new HashMap<>();
        for (StoredQuestion question : questions) {
            attempt.optionOrders.put(String.valueOf(question.id), optionOrder(quiz, question));
            if (question.type == QuestionType.MATCHING) {
                attempt.itemOrders.put(String.valueOf(question.id), shuffled(ResponseShapes.lefts(question)));
            }
        }
        if (quiz.shuffle) {
            Collections.shuffle(questions, RANDOM);
        }
        attempt.questionOrder = new ArrayList<>(questions.stream().map(q -> q.id).toList());
        attempt.persist();
        metrics.attemptStarted();
        List<QuestionView> views = new ArrayList<>();
        for (StoredQuestion question : questions) {
            views.add(view(attempt, question, views.size() + 1, List.of(), null));
        }
        return new Started(attempt, token, views);
    }

    private static long used(Quiz quiz, String name, String deviceId, Long rosterEntryId) {
        return switch (quiz.recognition) {
            case DEVICE -> Attempt.count("quiz.id = ?1 and deviceId = ?2", quiz.id, deviceId);
            case NAME_AND_DEVICE -> Attempt.count("quiz.id = ?1 and (deviceId = ?2 or lower(studentName) = lower(?3))",
                    quiz.id, deviceId, name);
            case ROSTER -> Attempt.count("quiz.id = ?1 and rosterEntryId = ?2", quiz.id, rosterEntryId);
        };
    }

    /**
     * The class-list entry's attempt in progress with a new token, for the student who joins again with their
     * personal code on another device; the old token stops working. Empty when the entry has none in progress.
     */
    @Transactional
    public java.util.Optional<Started> reissue(long quizId, long rosterEntryId) {
        return Attempt.<Attempt>find("quiz.id = ?1 and rosterEntryId = ?2 and state = ?3", quizId, rosterEntryId,
                AttemptState.IN_PROGRESS).firstResultOptional().map(attempt -> {
                    String token = AttemptTokens.newToken();
                    attempt.tokenHash = AttemptTokens.hash(token);
                    attempt.quiz.title.length();
                    return new Started(attempt, token, null);
                });
    }

    /** The time limit, cut short by the quiz's closing date: no answer is taken once the quiz has closed. */
    private static OffsetDateTime deadline(Quiz quiz, OffsetDateTime now) {
        OffsetDateTime limit = quiz.timeLimitSeconds == null ? null : now.plusSeconds(quiz.timeLimitSeconds);
        if (quiz.closesAt != null && (limit == null || quiz.closesAt.isBefore(limit))) {
            return quiz.closesAt;
        }
        return limit;
    }

    /**
     * Matching and ordering options are always shuffled: in those types the stored order can be the key itself.
     * Every order is equally likely, the correct one included: leaving it out would tell the student something.
     */
    private static List<String> optionOrder(Quiz quiz, StoredQuestion question) {
        boolean orderIsKey = question.type == QuestionType.ORDERING || question.type == QuestionType.MATCHING;
        if ((quiz.shuffle && question.type != QuestionType.TRUE_FALSE) || orderIsKey) {
            return shuffled(question.options);
        }
        return new ArrayList<>(question.options);
    }

    private static List<String> shuffled(List<String> values) {
        List<String> out = new ArrayList<>(values);
        Collections.shuffle(out, RANDOM);
        return out;
    }

    /** The attempt, if {@code token} is its own; 404 for an unknown id, 403 for a wrong or missing token. */
    @Transactional
    public Attempt authorize(UUID id, String token) {
        Attempt attempt = Attempt.findById(id);
        if (attempt == null) {
            throw Problem.notFound("There is no such attempt.");
        }
        if (!AttemptTokens.matches(token, attempt.tokenHash)) {
            throw Problem.forbidden("This attempt belongs to someone else.");
        }
        attempt.quiz.title.length();
        return attempt;
    }

    /** 404 for an unknown attempt or a question not in it, 403 for a wrong token; nothing when the save may go on. */
    @Transactional
    public void requirePartOf(UUID attemptId, String token, long questionId) {
        if (!authorize(attemptId, token).questionOrder.contains(questionId)) {
            throw Problem.notFound("Question " + questionId + " is not part of this quiz.");
        }
    }

    public boolean tokenMatches(Attempt attempt, String token) {
        return AttemptTokens.matches(token, attempt.tokenHash);
    }

    List<StoredQuestion> questionsInOrder(Attempt attempt) {
        Map<Long, StoredQuestion> byId = StoredQuestion.<StoredQuestion>list("id in ?1", attempt.questionOrder).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        return attempt.questionOrder.stream().map(byId::get).toList();
    }

    /** The questions as this student sees them, with their saved responses (and feedback in immediate mode). */
    @Transactional
    public List<QuestionView> views(UUID attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        Map<Long, AttemptAnswer> answers = answersById(attempt);
        boolean immediate = attempt.quiz.feedbackMode == FeedbackMode.IMMEDIATE;
        Reviews reviews = new Reviews(grader);
        List<QuestionView> views = new ArrayList<>();
        for (StoredQuestion question : questionsInOrder(attempt)) {
            int number = views.size() + 1;
            AttemptAnswer answer = answers.get(question.id);
            List<String> response = answer == null ? List.of() : answer.response;
            QuestionReview feedback = immediate && !response.isEmpty() ? reviews.of(question, number, response, false) : null;
            views.add(view(attempt, question, number, response, feedback));
        }
        return views;
    }

    private static QuestionView view(Attempt attempt, StoredQuestion question, int number, List<String> response,
                                     QuestionReview feedback) {
        return new QuestionView(question.id, number, question.type, question.prompt,
                attempt.optionOrders.getOrDefault(String.valueOf(question.id), question.options),
                items(attempt, question), response, feedback);
    }

    /** The matching items in the attempt's order; attempts started before orders were kept show the bank's. */
    private static List<String> items(Attempt attempt, StoredQuestion question) {
        List<String> kept = attempt.itemOrders == null ? null : attempt.itemOrders.get(String.valueOf(question.id));
        return kept != null ? kept : ResponseShapes.lefts(question);
    }

    /**
     * Why a save stored nothing: a {@link Problem} for a refusal, or {@code false} when the time ran out, in
     * which case the attempt is closed and graded with what was saved before.
     */
    @Transactional
    public boolean explainRefusal(UUID attemptId, String token, long questionId) {
        Attempt attempt = authorize(attemptId, token);
        if (attempt.state == AttemptState.EXPIRED) {
            return false;
        }
        if (!attempt.inProgress()) {
            throw Problem.conflict("This attempt has already been submitted.");
        }
        if (!attempt.questionOrder.contains(questionId)) {
            throw Problem.notFound("Question " + questionId + " is not part of this quiz.");
        }
        if (attempt.pastDeadline(OffsetDateTime.now())) {
            grade(attempt, AttemptState.EXPIRED);
            return false;
        }
        if (attempt.quiz.closed(OffsetDateTime.now())) {
            throw Problem.gone("The quiz \"" + attempt.quiz.title + "\" has been closed.");
        }
        if (attempt.quiz.feedbackMode == FeedbackMode.IMMEDIATE) {
            throw Problem.conflict("This question has been answered and its answer shown; it cannot be changed.");
        }
        throw Problem.conflict("The answer could not be saved; please try again.");
    }

    /** Grades and closes the attempt; submitting again returns the same result. */
    @Transactional
    public Attempt submit(UUID attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt.inProgress()) {
            grade(attempt, attempt.pastDeadline(OffsetDateTime.now()) ? AttemptState.EXPIRED : AttemptState.SUBMITTED);
            metrics.attemptSubmitted();
        }
        attempt.quiz.title.length();
        return attempt;
    }

    /** Whether the answer key may be shown for a finished attempt, per the quiz's feedback mode. */
    public static boolean reviewVisible(Attempt attempt) {
        return !attempt.inProgress()
                && (attempt.quiz.feedbackMode != FeedbackMode.AFTER_CLOSE || attempt.quiz.closed(OffsetDateTime.now()));
    }

    /** The full review of a finished attempt, or an empty list while the feedback mode keeps it hidden. */
    @Transactional
    public List<QuestionReview> review(UUID attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        if (!reviewVisible(attempt)) {
            return List.of();
        }
        Map<Long, AttemptAnswer> answers = answersById(attempt);
        Reviews reviews = new Reviews(grader);
        List<QuestionReview> review = new ArrayList<>();
        for (StoredQuestion question : questionsInOrder(attempt)) {
            AttemptAnswer answer = answers.get(question.id);
            review.add(reviews.of(question, review.size() + 1, answer == null ? List.of() : answer.response, true));
        }
        return review;
    }

    private void grade(Attempt attempt, AttemptState finalState) {
        Map<Long, AttemptAnswer> answers = answersById(attempt);
        double total = 0;
        for (StoredQuestion stored : questionsInOrder(attempt)) {
            AttemptAnswer answer = answers.get(stored.id);
            if (answer != null) {
                answer.score = grader.score(stored.toCore(), answer.response);
                total += answer.score;
            }
        }
        attempt.score = total;
        attempt.maxScore = (double) attempt.questionOrder.size();
        attempt.state = finalState;
        attempt.submittedAt = OffsetDateTime.now();
    }

    private static Map<Long, AttemptAnswer> answersById(Attempt attempt) {
        return AttemptAnswer.forAttempt(attempt.id).stream().collect(Collectors.toMap(a -> a.key.questionId(), a -> a));
    }

    /** Builds reviews, reading each article body once. */
    static final class Reviews {
        private final Grader grader;
        private final Map<Long, String> bodies = new HashMap<>();

        Reviews(Grader grader) {
            this.grader = grader;
        }

        /**
         * With {@code inContext}, each passage is the whole paragraph around the evidence; without, only the
         * evidence itself, as during an attempt, where the paragraph could hold the answer to another question.
         */
        QuestionReview of(StoredQuestion question, int number, List<String> response, boolean inContext) {
            String body = question.articleId == null ? null
                    : bodies.computeIfAbsent(question.articleId, id -> Article.<Article>findByIdOptional(id)
                            .map(a -> a.body).orElse(null));
            return new QuestionReview(question.id, number, question.type, question.prompt, response,
                    correctAnswer(question), question.explanation, grader.score(question.toCore(), response),
                    inContext ? Passages.of(body, question.evidence) : Passages.spansOnly(question.evidence));
        }

        private static List<String> correctAnswer(StoredQuestion question) {
            if (question.type == QuestionType.NUMERIC && question.tolerance > 0) {
                return List.of(question.answers.get(0) + " (± " + ScoreFormat.formatScore(question.tolerance) + ")");
            }
            return question.answers;
        }
    }
}
