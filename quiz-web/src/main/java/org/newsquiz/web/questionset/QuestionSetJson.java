package org.newsquiz.web.questionset;

import java.util.List;

/** A question set as the API returns it: its questions' ids in order. */
public record QuestionSetJson(long id, String title, Long ownerId, List<Long> questionIds) {
    public static QuestionSetJson of(QuestionSet set) {
        return new QuestionSetJson(set.id, set.title, set.ownerId, set.questions.stream().map(q -> q.id).toList());
    }
}
