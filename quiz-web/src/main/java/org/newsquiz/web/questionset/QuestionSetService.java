package org.newsquiz.web.questionset;

import java.util.LinkedHashSet;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.teacher.CurrentTeacher;

/** Question sets: ordered selections of a teacher's approved questions, from one or more articles. */
@ApplicationScoped
public class QuestionSetService {
    @Inject
    CurrentTeacher current;

    /** With their questions loaded: pages count them after the transaction has ended. */
    public List<QuestionSet> visible() {
        String withQuestions = "select s from QuestionSet s left join fetch s.questions";
        return current.isAdmin() ? QuestionSet.list(withQuestions + " order by s.createdAt desc, s.id desc")
                : QuestionSet.list(withQuestions + " where s.ownerId = ?1 order by s.createdAt desc, s.id desc",
                        current.id());
    }

    public QuestionSet owned(long id) {
        return current.requireOwned(QuestionSet.<QuestionSet>findById(id), s -> s.ownerId, "question set",
                "There is no question set " + id + ".");
    }

    /** The approved questions a set may be made of. */
    public List<StoredQuestion> approved() {
        return current.isAdmin()
                ? StoredQuestion.list("status = ?1 and ownerId is not null order by articleId, position, id",
                        QuestionStatus.APPROVED)
                : StoredQuestion.list("status = ?1 and ownerId = ?2 order by articleId, position, id",
                        QuestionStatus.APPROVED, current.id());
    }

    @Transactional
    public QuestionSet create(String title, List<Long> questionIds) {
        if (title == null || title.isBlank() || title.length() > 500) {
            throw Problem.badRequest("Give the set a title of at most 500 characters.");
        }
        if (questionIds == null || questionIds.isEmpty()) {
            throw Problem.badRequest("Choose at least one approved question.");
        }
        QuestionSet set = new QuestionSet();
        set.ownerId = current.id();
        set.title = title.strip();
        for (Long id : new LinkedHashSet<>(questionIds)) {
            StoredQuestion question = id == null ? null : StoredQuestion.findById(id);
            if (question == null) {
                throw Problem.badRequest("There is no question " + id + ".");
            }
            current.requireOwner(question.ownerId, "question");
            if (question.status != QuestionStatus.APPROVED) {
                throw Problem.badRequest("Question " + id + " is not approved yet.");
            }
            set.questions.add(question);
        }
        set.persist();
        return set;
    }
}
