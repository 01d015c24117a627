package org.newsquiz.web.results;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsquiz.web.attempt.AttemptState;

/**
 * Everything a teacher reads about one quiz's attempts: the questions as columns, one row per attempt, and the item
 * analysis over the finished attempts.
 */
public record QuizResults(long quizId, String title, String code, List<Column> questions, List<Row> attempts,
                          List<Item> items, List<Band> scoreBands, int finishedAttempts, Double meanPercentage) {

    /** A question of the quiz, numbered as the teacher's set orders it. */
    public record Column(long questionId, int position, String type, String prompt) {
    }

    /**
     * One attempt. {@code questionScores} holds a score (0–1) for every question of a finished attempt, unanswered
     * ones as 0; an attempt in progress has none yet.
     */
    public record Row(UUID id, String studentName, AttemptState state, OffsetDateTime startedAt,
                      OffsetDateTime submittedAt, Long secondsTaken, Double score, Double maxScore,
                      Map<Long, Double> questionScores) {
        public boolean finished() {
            return state != AttemptState.IN_PROGRESS;
        }
    }

    /** A question's facility and discrimination, and why it is flagged for review when it is. */
    public record Item(long questionId, int position, String prompt, int responses, double facility,
                       Double discrimination, List<String> flags) {
        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    /** How many finished attempts scored within one tenth of the range. */
    public record Band(String label, int count) {
    }

    public List<Item> flaggedItems() {
        return items.stream().filter(Item::flagged).toList();
    }
}
