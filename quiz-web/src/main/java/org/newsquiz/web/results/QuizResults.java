package org.newsquiz.web.results;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.newsquiz.web.attempt.AttemptState;
import org.newsquiz.web.attempt.ScoreFormat;

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
     * ones as 0; an attempt in progress has none yet. {@code nameAttempt} of {@code nameAttempts}: which attempt
     * under this name (case and spacing aside) it is, in the order they started, so that repeats stand out.
     */
    public record Row(UUID id, String studentName, AttemptState state, OffsetDateTime startedAt,
                      OffsetDateTime submittedAt, Long secondsTaken, Double score, Double maxScore,
                      Map<Long, Double> questionScores, int nameAttempt, int nameAttempts) {
        public boolean repeated() {
            return nameAttempts > 1;
        }

        public boolean finished() {
            return state != AttemptState.IN_PROGRESS;
        }

        /** "2 / 3" once finished, a dash before. */
        public String scoreText() {
            return finished() ? ScoreFormat.formatScore(score) + " / " + ScoreFormat.formatScore(maxScore) : "—";
        }

        /** "1 min 35 s", or a dash while in progress. */
        public String timeTaken() {
            if (secondsTaken == null) {
                return "—";
            }
            long minutes = secondsTaken / 60;
            return (minutes > 0 ? minutes + " min " : "") + secondsTaken % 60 + " s";
        }

        public String startedText() {
            return READABLE.format(startedAt.withOffsetSameInstant(ZoneOffset.UTC));
        }
    }

    /** A question's facility and discrimination, and why it is flagged for review when it is. */
    public record Item(long questionId, int position, String prompt, int responses, double facility,
                       Double discrimination, List<String> flags) {
        public boolean flagged() {
            return !flags.isEmpty();
        }

        public String facilityText() {
            return responses == 0 ? "—" : String.format(Locale.ROOT, "%.2f", facility);
        }

        public String discriminationText() {
            return discrimination == null ? "—" : String.format(Locale.ROOT, "%.2f", discrimination);
        }
    }

    /** How many finished attempts scored within one tenth of the range. */
    public record Band(String label, int count) {
    }

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public String meanText() {
        return meanPercentage == null ? "—" : Math.round(meanPercentage) + " %";
    }

    public List<Item> flaggedItems() {
        return items.stream().filter(Item::flagged).toList();
    }
}
