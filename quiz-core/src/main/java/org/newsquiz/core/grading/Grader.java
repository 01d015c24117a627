package org.newsquiz.core.grading;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquiz.core.question.Question;

/**
 * Scores a response against a question, between 0 and 1. A response has the shape of the question's
 * {@code answers}: chosen options, typed text, the number, the items in order, or {@code "left → right"} pairs.
 */
public final class Grader {

    public double score(Question question, List<String> response) {
        if (response == null || response.isEmpty()) {
            return 0;
        }
        return switch (question.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE, QUOTE_ATTRIBUTION ->
                    response.size() == 1 && question.answers().contains(response.get(0)) ? 1 : 0;
            case MULTIPLE_RESPONSE -> multipleResponse(question.answers(), response);
            case FILL_IN_BLANK -> fillInBlank(question.answers(), response.get(0));
            case NUMERIC -> numeric(question, response.get(0));
            case MATCHING -> sharedCorrect(question.answers(), response);
            case ORDERING -> positionsInPlace(question.answers(), response);
        };
    }

    /** Each right choice earns its share, each wrong one takes a share away, never below zero (as Moodle does). */
    private static double multipleResponse(List<String> answers, List<String> response) {
        Set<String> chosen = new HashSet<>(response);
        long right = chosen.stream().filter(answers::contains).count();
        long wrong = chosen.size() - right;
        return Math.max(0, (right - wrong) / (double) answers.size());
    }

    private static double fillInBlank(List<String> variants, String typed) {
        String key = comparable(typed);
        return !key.isEmpty() && variants.stream().map(Grader::comparable).anyMatch(key::equals) ? 1 : 0;
    }

    private static double numeric(Question question, String typed) {
        try {
            double given = Double.parseDouble(typed.strip().replace(",", ""));
            double expected = Double.parseDouble(question.answers().get(0));
            return Math.abs(given - expected) <= question.tolerance() + 1e-9 ? 1 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double sharedCorrect(List<String> pairs, List<String> response) {
        Set<String> given = new HashSet<>(response);
        return pairs.stream().filter(given::contains).count() / (double) pairs.size();
    }

    private static double positionsInPlace(List<String> order, List<String> response) {
        int inPlace = 0;
        for (int i = 0; i < order.size() && i < response.size(); i++) {
            if (order.get(i).equals(response.get(i))) {
                inPlace++;
            }
        }
        return inPlace / (double) order.size();
    }

    /** Case-, accent-, space- and edge-punctuation-insensitive form of a typed answer. */
    static String comparable(String text) {
        String stripped = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).strip().replaceAll("[\\p{Punct}“”‘’]+$|^[\\p{Punct}“”‘’]+", "")
                .replaceAll("\\s+", " ").strip();
    }
}
