package org.newsquiz.web.attempt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.newsquiz.core.question.QuestionType;

/** The JSON bodies of the attempt API. None of them carries the answer key before it may be shown. */
public final class ApiModels {
    private ApiModels() {
    }

    /** {@code personalCode}: on a quiz with a class list, the student's own code instead of a name. */
    public record JoinRequest(String code, String name, String personalCode) {
    }

    public record AnswerRequest(List<String> answer) {
    }

    /** A question as an API client shows it: {@code items} are the left-hand items of a matching question. */
    public record ApiQuestion(long id, int number, QuestionType type, String prompt, List<String> options,
                              List<String> items, List<String> saved, QuestionReview feedback) {
        static ApiQuestion of(QuestionView view) {
            return new ApiQuestion(view.id(), view.number(), view.type(), view.prompt(), view.options(),
                    view.lefts(), view.response(), view.feedback());
        }
    }

    public record AttemptBody(UUID id, String token, String quizTitle, String state, OffsetDateTime deadline,
                              boolean resumed, List<ApiQuestion> questions) {
    }

    public record ResultBody(UUID id, String state, double score, double maxScore, boolean reviewVisible,
                             List<QuestionReview> review) {
        static ResultBody of(Attempt attempt, List<QuestionReview> review) {
            return new ResultBody(attempt.id, attempt.state.name(), attempt.score == null ? 0 : attempt.score,
                    attempt.maxScore == null ? 0 : attempt.maxScore, AttemptService.reviewVisible(attempt), review);
        }
    }
}
