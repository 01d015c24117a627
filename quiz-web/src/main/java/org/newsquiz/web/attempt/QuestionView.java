package org.newsquiz.web.attempt;

import java.util.List;
import org.newsquiz.core.question.QuestionType;

/**
 * A question as a student sees it before submitting: the prompt, the options in this student's order, the left
 * items of a matching question, and the student's own saved response. Never the answer key, except as
 * {@code feedback} on a question already answered in a quiz with immediate feedback (otherwise null).
 */
public record QuestionView(long id, int number, QuestionType type, String prompt, List<String> options,
                           List<String> lefts, List<String> response, QuestionReview feedback) {

    /** The form control the question needs. */
    public String control() {
        return switch (type) {
            case MULTIPLE_CHOICE, TRUE_FALSE, QUOTE_ATTRIBUTION -> "radio";
            case MULTIPLE_RESPONSE -> "checkbox";
            case FILL_IN_BLANK -> "text";
            case NUMERIC -> "number";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
        };
    }

    /** The same question showing {@code typed}, an answer that was refused and not saved. */
    QuestionView showing(List<String> typed) {
        return new QuestionView(id, number, type, prompt, options, lefts, typed, feedback);
    }

    public boolean chosen(String option) {
        return response.contains(option);
    }

    public boolean saved() {
        return !response.isEmpty();
    }

    public String typed() {
        return response.isEmpty() ? "" : response.get(0);
    }

    /** For matching: whether {@code left} was paired with {@code right}. */
    public boolean paired(String left, String right) {
        return response.contains(left + org.newsquiz.core.question.Question.PAIR_ARROW + right);
    }

    /** For ordering: whether {@code item} was put at {@code position} (0-based). */
    public boolean placed(int position, String item) {
        return position < response.size() && response.get(position).equals(item);
    }
}
