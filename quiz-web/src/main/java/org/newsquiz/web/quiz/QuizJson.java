package org.newsquiz.web.quiz;

import java.time.OffsetDateTime;

/** A teacher's quiz with its settings, join code and the link to share. */
public record QuizJson(long id, String title, String code, String link, QuizStatus status, long questionSetId,
        Integer timeLimitSeconds, Integer maxAttempts, OffsetDateTime opensAt, OffsetDateTime closesAt,
        boolean onePerPage, boolean shuffle, FeedbackMode feedbackMode, boolean listed, Recognition recognition) {
    public static QuizJson of(Quiz q) {
        return new QuizJson(q.id, q.title, q.code, "/join/" + q.code, q.status, q.questionSet.id, q.timeLimitSeconds,
                q.maxAttempts, q.opensAt, q.closesAt, q.onePerPage, q.shuffle, q.feedbackMode, q.listed,
                q.recognition);
    }
}
