package org.newsquiz.web.questionset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** A quiz published from a set, linked from the set's row to its results. */
    public record QuizLink(long id, String title) {
    }

    /** A set as the list shows it (read in the transaction: the template renders after it). */
    public record Row(long id, String title, int questions, String made, List<QuizLink> quizzes) {
    }

    public record Section(String heading, List<Row> rows) {
    }

    /** The teacher's sets, newest first; for an administrator, each colleague's under their own heading. */
    @Transactional
    public List<Section> sections() {
        Map<String, List<Row>> sections = new LinkedHashMap<>();
        sections.put("Your question sets", new ArrayList<>());
        Map<Long, String> names = new HashMap<>();
        for (QuestionSet set : visible()) {
            String heading = set.ownerId != null && set.ownerId == current.id() ? "Your question sets"
                    : "Other teachers' question sets: " + names.computeIfAbsent(set.ownerId, QuestionSetService::ownerName);
            List<QuizLink> quizzes = org.newsquiz.web.quiz.Quiz.<org.newsquiz.web.quiz.Quiz>list(
                    "questionSet.id = ?1 order by createdAt desc, id desc", set.id).stream()
                    .map(q -> new QuizLink(q.id, q.title)).toList();
            sections.computeIfAbsent(heading, h -> new ArrayList<>()).add(new Row(set.id, set.title,
                    set.questions.size(), org.newsquiz.web.teacher.PlainWords.day(set.createdAt), quizzes));
        }
        List<Section> listed = new ArrayList<>();
        sections.forEach((heading, rows) -> listed.add(new Section(heading, rows)));
        return listed;
    }

    private static String ownerName(Long ownerId) {
        org.newsquiz.web.teacher.Teacher owner = ownerId == null ? null
                : org.newsquiz.web.teacher.Teacher.findById(ownerId);
        return owner == null ? "shared library" : owner.displayName;
    }

    @Transactional
    public QuestionSet rename(long id, String title) {
        QuestionSet set = owned(id);
        set.title = checkedTitle(title);
        return set;
    }

    private static String checkedTitle(String title) {
        if (title == null || title.isBlank() || title.length() > 500) {
            throw Problem.badRequest("Give the set a title of at most 500 characters.");
        }
        return title.strip();
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
        String checked = checkedTitle(title);
        if (questionIds == null || questionIds.isEmpty()) {
            throw Problem.badRequest("Choose at least one approved question.");
        }
        QuestionSet set = new QuestionSet();
        set.ownerId = current.id();
        set.title = checked;
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
