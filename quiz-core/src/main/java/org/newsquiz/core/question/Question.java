package org.newsquiz.core.question;

import java.util.List;
import java.util.Objects;

/**
 * One quiz question, the output contract shared by the web module, the exports and the command line.
 *
 * <p>{@code answers} holds the correct options for choice types, accepted variants for
 * {@link QuestionType#FILL_IN_BLANK}, the number as text for {@link QuestionType#NUMERIC} (with
 * {@code tolerance}), the items in correct order for {@link QuestionType#ORDERING} and
 * {@code "left → right"} pairs for {@link QuestionType#MATCHING}.
 */
public record Question(
        String id,
        QuestionType type,
        String prompt,
        List<String> options,
        List<String> answers,
        String explanation,
        List<Evidence> evidence,
        double difficulty,
        List<String> tags,
        double tolerance) {

    /** Separator of a matching pair in {@code answers}. */
    public static final String PAIR_ARROW = " → ";

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        answers = List.copyOf(answers);
        explanation = explanation == null ? "" : explanation;
        evidence = List.copyOf(evidence);
        tags = List.copyOf(tags);
        if (difficulty < 0 || difficulty > 1) {
            throw new IllegalArgumentException("difficulty must lie in [0, 1]: " + difficulty);
        }
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }
}
