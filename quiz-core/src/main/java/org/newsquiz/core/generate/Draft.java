package org.newsquiz.core.generate;

import java.util.List;
import java.util.Objects;
import org.newsquiz.core.question.QuestionType;

/**
 * A candidate question before filtering and ranking; its evidence is the sentences
 * {@code firstSentence..lastSentence}, {@code fact} names the fact it asks about and {@code covers}, for a
 * matching or an ordering, the facts of its items in the names single questions give them.
 */
public record Draft(QuestionType type, String prompt, List<String> options, List<String> answers,
        int firstSentence, int lastSentence, double difficulty, List<String> tags, double tolerance, String fact,
        List<String> covers) {
    public Draft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        answers = List.copyOf(answers);
        tags = List.copyOf(tags);
        covers = List.copyOf(covers);
        if (firstSentence < 0 || lastSentence < firstSentence) {
            throw new IllegalArgumentException("bad evidence sentences");
        }
        difficulty = Math.max(0, Math.min(1, difficulty));
    }

    /** A question on one fact. */
    public Draft(QuestionType type, String prompt, List<String> options, List<String> answers, int firstSentence,
            int lastSentence, double difficulty, List<String> tags, double tolerance, String fact) {
        this(type, prompt, options, answers, firstSentence, lastSentence, difficulty, tags, tolerance, fact, List.of());
    }
}
