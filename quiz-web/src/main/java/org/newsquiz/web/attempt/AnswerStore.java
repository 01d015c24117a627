package org.newsquiz.web.attempt;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.metrics.QuizMetrics;
import org.newsquiz.web.question.StoredQuestion;

/**
 * The hot path of a class taking a quiz: the answer's shape is checked against the cached question (a misfit is
 * reported only after the attempt and its token are found, so strangers learn nothing about a question), then
 * {@link AnswerWriter} stores it with the attempt's checks (token, state, deadline, quiz open, question part of it),
 * committed before the save counts as done. Only when it stores nothing does {@link AttemptService#explainRefusal}
 * find out why.
 */
@ApplicationScoped
public class AnswerStore {
    @Inject
    AnswerWriter writer;
    @Inject
    QuestionCache questions;
    @Inject
    AttemptService attempts;
    @Inject
    ObjectMapper json;
    @Inject
    QuizMetrics metrics;
    @Inject
    ManagedExecutor workers;

    /**
     * Stores {@code response} to one question, replacing an earlier one (idempotent). Returns {@code false} when
     * the time ran out (the attempt is then closed); throws a {@link org.newsquiz.web.error.Problem} for anything
     * else that is refused. Blocks until committed.
     */
    public boolean save(UUID attemptId, String token, long questionId, List<String> response) {
        attempts.requirePartOf(attemptId, token, questionId);
        List<String> cleaned = ResponseShapes.check(questions.get(questionId), response);
        if (await(write(attemptId, token, questionId, cleaned))) {
            metrics.answerSaved();
            return true;
        }
        return attempts.explainRefusal(attemptId, token, questionId);
    }

    /**
     * {@link #save} for an event-loop thread, which must not block: the common case (question cached, answer
     * stored) waits on nothing but the commit; a question to read or a refusal to explain goes to a worker.
     */
    public CompletionStage<Boolean> saveWithoutBlocking(UUID attemptId, String token, long questionId,
                                                        List<String> response) {
        StoredQuestion question = questions.cached(questionId);
        if (question == null) {
            return workers.supplyAsync(() -> save(attemptId, token, questionId, response));
        }
        List<String> cleaned;
        try {
            cleaned = ResponseShapes.check(question, response);
        } catch (Problem refused) {
            // Whether an answer fits a question is told only to the attempt's holder: no oracle for the options.
            return workers.supplyAsync(() -> {
                attempts.requirePartOf(attemptId, token, questionId);
                throw refused;
            });
        }
        return write(attemptId, token, questionId, cleaned).thenCompose(stored -> {
            if (stored) {
                metrics.answerSaved();
                return CompletableFuture.completedFuture(true);
            }
            return workers.supplyAsync(() -> attempts.explainRefusal(attemptId, token, questionId));
        });
    }

    private CompletableFuture<Boolean> write(UUID attemptId, String token, long questionId, List<String> cleaned) {
        try {
            return writer.write(attemptId, token == null ? "" : AttemptTokens.hash(token), questionId,
                    json.writeValueAsString(cleaned));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean await(CompletableFuture<Boolean> stored) {
        try {
            return stored.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException refusal ? refusal : e;
        }
    }
}
