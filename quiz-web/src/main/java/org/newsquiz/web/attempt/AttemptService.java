package org.newsquiz.web.attempt;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.core.grading.Grader;
import org.newsquiz.core.question.Question;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.metrics.QuizMetrics;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;

/** Starts attempts, stores answers the moment they are given, and grades on submit. All state is in PostgreSQL. */
@ApplicationScoped
public class AttemptService {
    @Inject
    Grader grader;

    @Inject
    ObjectMapper json;

    @Inject
    QuizMetrics metrics;

    /** A new attempt and the secret token the client must present from now on. */
    public record Started(Attempt attempt, String token) {
    }

    @Transactional
    public Started start(long quizId, String studentName) {
        Quiz quiz = Quiz.findById(quizId);
        OffsetDateTime now = OffsetDateTime.now();
        if (quiz == null || !quiz.acceptsAttempts(now)) {
            throw Problem.gone("This quiz is closed.");
        }
        String name = studentName == null ? "" : studentName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw Problem.badRequest("Please enter your name (up to 100 characters).");
        }
        if (quiz.maxAttempts != null && Attempt.count("quiz.id = ?1 and studentName = ?2", quiz.id, name) >= quiz.maxAttempts) {
            throw Problem.conflict("You have used all " + quiz.maxAttempts + " attempts allowed for this quiz.");
        }
        String token = AttemptTokens.newToken();
        Attempt attempt = new Attempt();
        attempt.id = UUID.randomUUID();
        attempt.quiz = quiz;
        attempt.tokenHash = AttemptTokens.hash(token);
        attempt.studentName = name;
        attempt.startedAt = now;
        attempt.deadline = quiz.timeLimitSeconds == null ? null : now.plusSeconds(quiz.timeLimitSeconds);
        Random random = new Random(attempt.id.getLeastSignificantBits());
        List<StoredQuestion> questions = quiz.questionSet.questions;
        attempt.questionOrder = new ArrayList<>(questions.stream().map(q -> q.id).toList());
        attempt.optionOrders = new HashMap<>();
        for (StoredQuestion question : questions) {
            List<String> options = new ArrayList<>(question.options);
            if (quiz.shuffle && question.type != org.newsquiz.core.question.QuestionType.TRUE_FALSE) {
                Collections.shuffle(options, random);
            }
            attempt.optionOrders.put(String.valueOf(question.id), options);
        }
        if (quiz.shuffle) {
            Collections.shuffle(attempt.questionOrder, random);
        }
        attempt.persist();
        metrics.attemptStarted();
        return new Started(attempt, token);
    }

    /** The attempt, if {@code token} is its own; 404 for an unknown id, 403 for a wrong or missing token. */
    public Attempt authorize(UUID id, String token) {
        Attempt attempt = Attempt.findById(id);
        if (attempt == null) {
            throw Problem.notFound("There is no such attempt.");
        }
        if (!AttemptTokens.matches(token, attempt.tokenHash)) {
            throw Problem.forbidden("This attempt belongs to someone else.");
        }
        return attempt;
    }

    public boolean tokenMatches(Attempt attempt, String token) {
        return AttemptTokens.matches(token, attempt.tokenHash);
    }

    public List<StoredQuestion> questionsInOrder(Attempt attempt) {
        Map<Long, StoredQuestion> byId = StoredQuestion.<StoredQuestion>list("id in ?1", attempt.questionOrder).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        return attempt.questionOrder.stream().map(byId::get).toList();
    }

    public List<QuestionView> views(Attempt attempt) {
        Map<Long, List<String>> responses = AttemptAnswer.forAttempt(attempt.id).stream()
                .collect(Collectors.toMap(a -> a.key.questionId(), a -> a.response));
        List<QuestionView> views = new ArrayList<>();
        for (StoredQuestion question : questionsInOrder(attempt)) {
            views.add(new QuestionView(question.id, views.size() + 1, question.type, question.prompt,
                    attempt.optionOrders.getOrDefault(String.valueOf(question.id), question.options),
                    ResponseShapes.lefts(question, attempt.id), responses.getOrDefault(question.id, List.of())));
        }
        return views;
    }

    /**
     * Stores one response, replacing an earlier one; committed before this returns. After the deadline nothing is
     * stored, the attempt is closed with what was saved, and {@code false} is returned.
     */
    @Transactional
    public boolean save(Attempt detached, long questionId, List<String> response) {
        Attempt attempt = Attempt.findById(detached.id);
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
        StoredQuestion question = StoredQuestion.findById(questionId);
        List<String> cleaned = ResponseShapes.check(question, response);
        Panache.getEntityManager().createNativeQuery("""
                INSERT INTO attempt_answer (attempt_id, question_id, response, saved_at)
                VALUES (?1, ?2, CAST(?3 AS jsonb), now())
                ON CONFLICT (attempt_id, question_id)
                DO UPDATE SET response = excluded.response, saved_at = excluded.saved_at""")
                .setParameter(1, attempt.id).setParameter(2, questionId).setParameter(3, toJson(cleaned))
                .executeUpdate();
        metrics.answerSaved();
        return true;
    }

    /** Grades and closes the attempt; submitting again returns the same result. */
    @Transactional
    public Attempt submit(UUID attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt.inProgress()) {
            grade(attempt, attempt.pastDeadline(OffsetDateTime.now()) ? AttemptState.EXPIRED : AttemptState.SUBMITTED);
            metrics.attemptSubmitted();
        }
        return attempt;
    }

    private void grade(Attempt attempt, AttemptState finalState) {
        Map<Long, AttemptAnswer> answers = AttemptAnswer.forAttempt(attempt.id).stream()
                .collect(Collectors.toMap(a -> a.key.questionId(), a -> a));
        double total = 0;
        for (StoredQuestion stored : questionsInOrder(attempt)) {
            AttemptAnswer answer = answers.get(stored.id);
            if (answer != null) {
                Question question = stored.toCore();
                answer.score = grader.score(question, answer.response);
                total += answer.score;
            }
        }
        attempt.score = total;
        attempt.maxScore = (double) attempt.questionOrder.size();
        attempt.state = finalState;
        attempt.submittedAt = OffsetDateTime.now();
    }

    private String toJson(List<String> response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
