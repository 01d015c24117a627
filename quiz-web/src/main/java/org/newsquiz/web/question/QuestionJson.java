package org.newsquiz.web.question;

import java.util.List;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.QuestionType;

/** A stored question with its review status, as the API returns it. */
public record QuestionJson(long id, Long articleId, QuestionStatus status, QuestionType type, String prompt,
        List<String> options, List<String> answers, String explanation, List<Evidence> evidence, double difficulty,
        double tolerance, int position, List<String> tags) {
    public static QuestionJson of(StoredQuestion q) {
        return new QuestionJson(q.id, q.articleId, q.status, q.type, q.prompt, q.options, q.answers, q.explanation,
                q.evidence, q.difficulty, q.tolerance, q.position, q.tags);
    }
}
