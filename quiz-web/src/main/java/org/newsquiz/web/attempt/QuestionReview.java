package org.newsquiz.web.attempt;

import java.util.List;
import org.newsquiz.core.question.QuestionType;

/**
 * A question after it may be revealed: the student's answer beside the correct one, the explanation and the
 * article passages it comes from.
 */
public record QuestionReview(long id, int number, QuestionType type, String prompt, List<String> response,
                             List<String> correct, String explanation, double score,
                             List<List<Segment>> passages) {

    public boolean answered() {
        return !response.isEmpty();
    }

    public boolean fullyRight() {
        return score >= 1 - 1e-9;
    }

    public boolean partlyRight() {
        return score > 0 && !fullyRight();
    }

    public String scoreText() {
        return ScoreFormat.formatScore(score);
    }
}
