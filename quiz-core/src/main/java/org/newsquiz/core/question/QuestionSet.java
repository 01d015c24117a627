package org.newsquiz.core.question;

import java.util.List;

/** The generator's result for one article: the JSON object {@code {article, questions}}. */
public record QuestionSet(ArticleSummary article, List<Question> questions) {
    public QuestionSet {
        questions = List.copyOf(questions);
    }
}
