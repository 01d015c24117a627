package org.newsquiz.web.question;

import java.time.OffsetDateTime;
import java.util.List;
import org.newsquiz.web.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** A question in a teacher's bank, in the core's contract shape, with its review status. */
@Entity
@Table(name = "question")
public class StoredQuestion extends IdentityEntity {
    @Column(name = "owner_id")
    public Long ownerId;
    @Column(name = "article_id")
    public Long articleId;
    @Column(name = "external_id")
    public String externalId;
    @Enumerated(EnumType.STRING)
    public QuestionType type;
    @Enumerated(EnumType.STRING)
    public QuestionStatus status;
    public String prompt;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> options;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> answers;
    public String explanation;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence;
    public double difficulty;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> tags;
    public double tolerance;
    public int position;
    /** Changed by the teacher after drafting. */
    public boolean edited;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static StoredQuestion from(Question question, Long articleId, Long ownerId, QuestionStatus status) {
        StoredQuestion stored = new StoredQuestion();
        stored.ownerId = ownerId;
        stored.articleId = articleId;
        stored.externalId = question.id();
        stored.type = question.type();
        stored.status = status;
        stored.prompt = question.prompt();
        stored.options = question.options();
        stored.answers = question.answers();
        stored.explanation = question.explanation();
        stored.evidence = question.evidence();
        stored.difficulty = question.difficulty();
        stored.tags = question.tags();
        stored.tolerance = question.tolerance();
        return stored;
    }

    public Question toCore() {
        return new Question(externalId, type, prompt, options, answers, explanation, evidence, difficulty, tags,
                tolerance);
    }
}
