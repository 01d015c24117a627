package org.newsquiz.web.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.question.QuestionValidator;
import org.newsquiz.core.question.ValidationIssue;

/**
 * What a teacher submits for a question, from the review form or the API. {@link #toQuestion} checks it with the
 * core's validator (plus the web's rule that a choice needs two distinct options) and reports problems per field.
 */
public record QuestionEdit(QuestionType type, String prompt, List<String> options, List<String> answers,
        String explanation, Double difficulty, Double tolerance) {
    private static final QuestionValidator VALIDATOR = new QuestionValidator();
    private static final int MAX_TEXT = 2000;

    public Question toQuestion(String id, List<Evidence> evidence, List<String> tags, String articleBody) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (type == null) {
            add(problems, "type", "choose a question type");
            throw new InvalidQuestion(problems);
        }
        List<String> opts = tidy(options);
        if (type == QuestionType.TRUE_FALSE && opts.isEmpty()) {
            opts = List.of("True", "False");
        }
        List<String> ans = tidy(answers);
        double diff = difficulty == null ? 0.5 : difficulty;
        double tol = tolerance == null ? 0 : tolerance;
        if (!(diff >= 0 && diff <= 1)) {
            add(problems, "difficulty", "give a difficulty between 0 and 1");
        }
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            add(problems, "tolerance", "the tolerance must be zero or more");
        }
        if (prompt != null && prompt.length() > MAX_TEXT || explanation != null && explanation.length() > MAX_TEXT) {
            add(problems, "prompt", "the prompt and the explanation may have at most " + MAX_TEXT + " characters");
        }
        if (type.isChoice() && distinct(opts) < 2) {
            add(problems, "options", "give at least two distinct options");
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestion(problems);
        }
        Question question = new Question(id, type, prompt == null ? "" : prompt.strip(), opts, ans,
                explanation == null ? "" : explanation.strip(), evidence, diff, tags, tol);
        for (ValidationIssue issue : VALIDATOR.validate(question, evidence.isEmpty() ? null : articleBody)) {
            if (!issue.code().equals(QuestionValidator.NO_EVIDENCE)) {
                add(problems, field(issue.code()), issue.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestion(problems);
        }
        return question;
    }

    static String field(String code) {
        return switch (code) {
            case QuestionValidator.BLANK_PROMPT, QuestionValidator.ANSWER_IN_PROMPT -> "prompt";
            case QuestionValidator.BLANK_OPTION, QuestionValidator.DUPLICATE_OPTION, QuestionValidator.TRUE_FALSE_OPTIONS,
                    QuestionValidator.MATCHING_OPTIONS, QuestionValidator.ORDERING_TOO_FEW_ITEMS -> "options";
            case QuestionValidator.DIFFICULTY_RANGE -> "difficulty";
            case QuestionValidator.EVIDENCE_MISMATCH, QuestionValidator.NO_EVIDENCE -> "evidence";
            default -> "answers";
        };
    }

    private static List<String> tidy(List<String> values) {
        List<String> kept = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    kept.add(value.strip());
                }
            }
        }
        return kept;
    }

    private static long distinct(List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        values.forEach(v -> seen.add(v.toLowerCase(Locale.ROOT)));
        return seen.size();
    }

    private static void add(Map<String, List<String>> problems, String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
