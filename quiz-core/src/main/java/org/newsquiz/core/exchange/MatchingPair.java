package org.newsquiz.core.exchange;

import java.util.Optional;
import org.newsquiz.core.question.Question;

/** One answer of a matching question: {@code left → right}. */
record MatchingPair(String left, String right) {
    static Optional<MatchingPair> parse(String answer) {
        int arrow = answer.indexOf(Question.PAIR_ARROW);
        if (arrow < 0) {
            return Optional.empty();
        }
        return Optional.of(new MatchingPair(answer.substring(0, arrow),
                answer.substring(arrow + Question.PAIR_ARROW.length())));
    }

    String toAnswer() {
        return left + Question.PAIR_ARROW + right;
    }
}
