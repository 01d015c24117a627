package org.newsquiz.web.attempt;

import java.util.HashSet;
import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.StoredQuestion;

/** What a well-formed response to each question type looks like; anything else is refused with a reason. */
final class ResponseShapes {
    private static final int MAX_TEXT = 500;

    private ResponseShapes() {
    }

    /** The left-hand items of a matching question, in the bank's order (none for other types). */
    static List<String> lefts(StoredQuestion question) {
        if (question.type != org.newsquiz.core.question.QuestionType.MATCHING) {
            return List.of();
        }
        return question.answers.stream().map(ResponseShapes::leftOf).toList();
    }

    static String leftOf(String pair) {
        int arrow = pair.indexOf(Question.PAIR_ARROW);
        return arrow < 0 ? pair : pair.substring(0, arrow);
    }

    static List<String> check(StoredQuestion question, List<String> response) {
        if (response == null) {
            throw Problem.badRequest("An answer must be a list of strings.");
        }
        List<String> values = response.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (values.stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
            throw Problem.badRequest("An answer may not contain control characters.");
        }
        if (values.stream().anyMatch(v -> v.length() > MAX_TEXT)) {
            throw Problem.badRequest("An answer may have at most " + MAX_TEXT + " characters.");
        }
        switch (question.type) {
            case MULTIPLE_CHOICE, TRUE_FALSE, QUOTE_ATTRIBUTION -> {
                requireAtMost(values, 1, "Choose one option.");
                requireOptions(question, values);
            }
            case MULTIPLE_RESPONSE -> {
                requireOptions(question, values);
                if (new HashSet<>(values).size() != values.size()) {
                    throw Problem.badRequest("Each option can be chosen once.");
                }
            }
            case FILL_IN_BLANK -> requireAtMost(values, 1, "Type one answer.");
            case NUMERIC -> {
                requireAtMost(values, 1, "Type one number.");
                if (!values.isEmpty() && !values.get(0).replace(",", "").matches("-?\\d+(\\.\\d+)?")) {
                    throw Problem.badRequest("Type a number, such as 42 or 3.5.");
                }
            }
            case ORDERING -> {
                requireAtMost(values, question.options.size(), "Put each item once.");
                requireOptions(question, values);
            }
            case MATCHING -> {
                requireAtMost(values, question.answers.size(), "Match each item once.");
                List<String> lefts = question.answers.stream().map(ResponseShapes::leftOf).toList();
                for (String pair : values) {
                    int arrow = pair.indexOf(Question.PAIR_ARROW);
                    if (arrow < 0 || !lefts.contains(pair.substring(0, arrow))
                            || !question.options.contains(pair.substring(arrow + Question.PAIR_ARROW.length()))) {
                        throw Problem.badRequest("Each match must read \"item → option\" with items of this question.");
                    }
                }
            }
        }
        return values;
    }

    private static void requireAtMost(List<String> values, int max, String message) {
        if (values.size() > max) {
            throw Problem.badRequest(message);
        }
    }

    private static void requireOptions(StoredQuestion question, List<String> values) {
        for (String value : values) {
            if (!question.options.contains(value)) {
                throw Problem.badRequest("\"" + value + "\" is not one of this question's options.");
            }
        }
    }
}
