package org.newsquiz.web.attempt;

import java.util.List;
import java.util.UUID;

/** One entry of the question navigator: where question {@code number} is and whether it has an answer saved. */
public record QuestionNav(int number, long id, String prompt, boolean answered, boolean current, String href) {

    /** The navigator for an attempt: a page per question, or anchors on the one page that holds them all. */
    static List<QuestionNav> of(UUID attemptId, List<QuestionView> views, boolean onePerPage, int page) {
        String base = AttemptPages.location(attemptId).toString();
        return views.stream().map(v -> new QuestionNav(v.number(), v.id(), v.prompt(), v.saved(),
                onePerPage && v.number() == page,
                onePerPage ? base + "?page=" + v.number() : base + "#question-" + v.id())).toList();
    }

    /** The first question without an answer, or null when all have one. */
    static QuestionNav firstUnanswered(List<QuestionNav> nav) {
        return nav.stream().filter(q -> !q.answered()).findFirst().orElse(null);
    }
}
