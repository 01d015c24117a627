package org.newsquiz.web.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsquiz.web.error.StorageMappers;
import org.newsquiz.web.metrics.QuizMetrics;
import org.newsquiz.web.question.StoredQuestion;

/**
 * The hot path of a class taking a quiz: one statement that checks the attempt (token, state, deadline, quiz open,
 * question part of it) and upserts the answer, committed before it returns. Only when it stores nothing does
 * {@link AttemptService#explainRefusal} find out why.
 */
@ApplicationScoped
public class AnswerStore {
    private static final String UPSERT = """
            WITH target AS (
              SELECT a.id FROM attempt a JOIN quiz q ON q.id = a.quiz_id
              WHERE a.id = ? AND a.token_hash = ? AND a.state = 'IN_PROGRESS' AND q.status = 'OPEN'
                AND (a.deadline IS NULL OR a.deadline > now())
                AND a.question_order @> jsonb_build_array(?::bigint))
            INSERT INTO attempt_answer (attempt_id, question_id, response, saved_at)
            SELECT id, ?, CAST(? AS jsonb), now() FROM target
            ON CONFLICT (attempt_id, question_id)
            DO UPDATE SET response = excluded.response, saved_at = excluded.saved_at
            WHERE attempt_answer.response = excluded.response OR attempt_answer.response = '[]'::jsonb
               OR NOT EXISTS (SELECT 1 FROM attempt a JOIN quiz q ON q.id = a.quiz_id
                              WHERE a.id = excluded.attempt_id AND q.feedback_mode = 'IMMEDIATE')""";

    @Inject
    DataSource dataSource;
    @Inject
    QuestionCache questions;
    @Inject
    AttemptService attempts;
    @Inject
    ObjectMapper json;
    @Inject
    QuizMetrics metrics;

    /**
     * Stores {@code response} to one question, replacing an earlier one (idempotent). Returns {@code false} when
     * the time ran out (the attempt is then closed); throws a {@link org.newsquiz.web.error.Problem} for anything
     * else that is refused.
     */
    public boolean save(UUID attemptId, String token, long questionId, List<String> response) {
        StoredQuestion question = questions.get(questionId);
        List<String> cleaned = ResponseShapes.check(question, response);
        if (upsert(attemptId, token, questionId, cleaned) == 1) {
            metrics.answerSaved();
            return true;
        }
        return attempts.explainRefusal(attemptId, token, questionId);
    }

    private int upsert(UUID attemptId, String token, long questionId, List<String> response) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setObject(1, attemptId);
            statement.setString(2, token == null ? "" : AttemptTokens.hash(token));
            statement.setLong(3, questionId);
            statement.setLong(4, questionId);
            statement.setString(5, json.writeValueAsString(response));
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (StorageMappers.databaseUnavailable(e)) {
                throw StorageMappers.unavailable();
            }
            throw new IllegalStateException("could not store an answer", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
