package org.newsquiz.web.quiz;

import java.time.OffsetDateTime;

/** The settings a teacher chooses when publishing; nulls mean no limit (time, attempts, dates). */
public record QuizSettings(String title, Integer timeLimitMinutes, Integer maxAttempts, OffsetDateTime opensAt,
        OffsetDateTime closesAt, boolean onePerPage, boolean shuffle, FeedbackMode feedbackMode, boolean listed,
        Recognition recognition) {
}
