package org.newsquiz.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** The hand-written sample files under {@code exchange/} and the questions they describe. */
final class SampleFiles {
    private SampleFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream("/exchange/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource exchange/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Question question(String id, QuestionType type, String prompt, List<String> options, List<String> answers,
            String explanation, List<String> tags, double tolerance) {
        return new Question(id, type, prompt, options, answers, explanation, List.of(), 0.5, tags, tolerance);
    }

    static String pair(String left, String right) {
        return left + Question.PAIR_ARROW + right;
    }
}
