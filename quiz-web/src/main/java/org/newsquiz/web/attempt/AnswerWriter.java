package org.newsquiz.web.attempt;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.error.StorageMappers;

/**
 * Commits answer saves in batches (group commit). Each writer thread takes every save that arrived while its last
 * batch was committing and stores them with one statement in one transaction: a class clicking at once costs
 * PostgreSQL one commit and one round trip per batch instead of one per click, and the saves wait on no worker
 * thread. A save's future completes only after the commit that stored it. An attempt's saves always go to the
 * same writer, in the order they came, so two transactions never touch the same attempt's answers at once.
 */
@ApplicationScoped
public class AnswerWriter {
    private static final Logger LOG = Logger.getLogger(AnswerWriter.class);
    static final String BUSY = "The server has more answers waiting than it can store just now; send again in a moment.";

    /**
     * Per row the checks of a single save (token hash, state, deadline, quiz open, question part of the attempt)
     * and the upsert that keeps an answer already shown in immediate-feedback mode; RETURNING names what was stored.
     * The checks are scalar subqueries so that each row finds its attempt by primary key: as a join, the planner
     * went by statistics that do not yet know the class that has just joined, and scanned every open attempt.
     */
    private static final String UPSERT = """
            WITH target AS (
              SELECT b.attempt_id, b.question_id, b.response::jsonb AS response
              FROM unnest(?::uuid[], ?::text[], ?::bigint[], ?::text[]) AS b(attempt_id, token_hash, question_id, response)
              WHERE (SELECT a.token_hash = b.token_hash AND a.state = 'IN_PROGRESS' AND q.status = 'OPEN'
                            AND (a.deadline IS NULL OR a.deadline > now())
                            AND a.question_order @> jsonb_build_array(b.question_id)
                     FROM attempt a JOIN quiz q ON q.id = a.quiz_id WHERE a.id = b.attempt_id))
            INSERT INTO attempt_answer AS saved (attempt_id, question_id, response, saved_at)
            SELECT attempt_id, question_id, response, now() FROM target
            ON CONFLICT (attempt_id, question_id)
            DO UPDATE SET response = excluded.response, saved_at = excluded.saved_at
            WHERE saved.response = excluded.response OR saved.response = '[]'::jsonb
               OR (SELECT q.feedback_mode FROM attempt a JOIN quiz q ON q.id = a.quiz_id
                   WHERE a.id = excluded.attempt_id) <> 'IMMEDIATE'
            RETURNING attempt_id, question_id""";

    /** One answer to store; {@code stored} completes with whether the statement stored it. */
    record PendingAnswer(UUID attemptId, String tokenHash, long questionId, String responseJson,
                         CompletableFuture<Boolean> stored) {
        AnswerKey key() {
            return new AnswerKey(attemptId, questionId);
        }
    }

    record AnswerKey(UUID attemptId, long questionId) {
    }

    private final DataSource dataSource;
    private final int maxBatch;
    private final List<WriterLane> lanes = new ArrayList<>();
    private volatile boolean running = true;

    AnswerWriter(DataSource dataSource,
                 @ConfigProperty(name = "newsquiz.answers.writers") int writers,
                 @ConfigProperty(name = "newsquiz.answers.max-batch") int maxBatch,
                 @ConfigProperty(name = "newsquiz.answers.max-waiting") int maxWaiting) {
        this.dataSource = dataSource;
        this.maxBatch = maxBatch;
        for (int i = 0; i < writers; i++) {
            WriterLane lane = new WriterLane(Math.max(1, maxWaiting / writers));
            lanes.add(lane);
            Thread thread = new Thread(lane, "answer-writer-" + i);
            thread.setDaemon(true);
            lane.thread = thread;
            thread.start();
        }
    }

    /** Queues one answer; the future fails with a {@link Problem} (503) when it cannot be stored now. */
    public CompletableFuture<Boolean> write(UUID attemptId, String tokenHash, long questionId, String responseJson) {
        PendingAnswer answer = new PendingAnswer(attemptId, tokenHash, questionId, responseJson, new CompletableFuture<>());
        WriterLane lane = lanes.get(Math.floorMod(attemptId.hashCode(), lanes.size()));
        if (!lane.waiting.offer(answer) || !running && lane.waiting.remove(answer)) {
            answer.stored().completeExceptionally(new Problem(503, BUSY));
        }
        return answer.stored();
    }

    @PreDestroy
    void stop() {
        running = false;
        for (WriterLane lane : lanes) {
            lane.thread.interrupt();
        }
    }

    /** One writer thread and the saves waiting for it. */
    private final class WriterLane implements Runnable {
        final BlockingQueue<PendingAnswer> waiting;
        /** Saves held back from a batch that already had their attempt's answer to the same question. */
        private List<PendingAnswer> heldBack = new ArrayList<>();
        Thread thread;

        WriterLane(int capacity) {
            waiting = new ArrayBlockingQueue<>(capacity);
        }

        @Override
        public void run() {
            List<PendingAnswer> batch = new ArrayList<>(maxBatch);
            try {
                while (running) {
                    nextBatch(batch);
                    store(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<PendingAnswer> left = new ArrayList<>(heldBack);
            left.addAll(batch);
            waiting.drainTo(left);
            left.forEach(answer -> answer.stored().completeExceptionally(new Problem(503, BUSY)));
        }

        /**
         * Fills {@code batch} with what has arrived (waiting for the first), at most one save per attempt and
         * question: a later save of the same answer waits for the next batch, so it still lands after the earlier.
         */
        private void nextBatch(List<PendingAnswer> batch) throws InterruptedException {
            List<PendingAnswer> arrived = heldBack;
            heldBack = new ArrayList<>();
            if (arrived.isEmpty()) {
                arrived.add(waiting.take());
            }
            waiting.drainTo(arrived, Math.max(0, maxBatch - arrived.size()));
            Set<AnswerKey> keys = new HashSet<>();
            for (PendingAnswer answer : arrived) {
                if (batch.size() < maxBatch && keys.add(answer.key())) {
                    batch.add(answer);
                } else {
                    heldBack.add(answer);
                }
            }
        }

        private void store(List<PendingAnswer> batch) {
            try {
                Set<AnswerKey> stored = upsert(batch);
                batch.forEach(answer -> answer.stored().complete(stored.contains(answer.key())));
            } catch (SQLException | RuntimeException e) {
                if (StorageMappers.databaseUnavailable(e)) {
                    LOG.warnf("The database could not be reached to store %d answers: %s", batch.size(), e.getMessage());
                    batch.forEach(answer -> answer.stored().completeExceptionally(StorageMappers.unavailable()));
                } else if (batch.size() > 1) {
                    // Whatever one save did wrong must not refuse the others: each alone, then.
                    batch.forEach(answer -> store(List.of(answer)));
                } else {
                    LOG.errorf(e, "Storing an answer to question %d failed", batch.get(0).questionId());
                    batch.get(0).stored().completeExceptionally(new IllegalStateException("could not store an answer", e));
                }
            }
        }

        private Set<AnswerKey> upsert(List<PendingAnswer> batch) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                statement.setArray(1, array(connection, "uuid", batch.stream().map(PendingAnswer::attemptId)));
                statement.setArray(2, array(connection, "text", batch.stream().map(PendingAnswer::tokenHash)));
                statement.setArray(3, array(connection, "int8", batch.stream().map(PendingAnswer::questionId)));
                statement.setArray(4, array(connection, "text", batch.stream().map(PendingAnswer::responseJson)));
                Set<AnswerKey> stored = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stored.add(new AnswerKey(rows.getObject(1, UUID.class), rows.getLong(2)));
                    }
                }
                return stored;
            }
        }
    }

    private static Array array(Connection connection, String type, Stream<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
