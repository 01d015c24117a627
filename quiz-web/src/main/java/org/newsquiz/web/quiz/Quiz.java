package org.newsquiz.web.quiz;

import java.time.OffsetDateTime;
import java.util.List;
import org.newsquiz.web.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newsquiz.web.questionset.QuestionSet;

/** A published question set with its settings and the join code students type. */
@Entity
@Table(name = "quiz")
public class Quiz extends IdentityEntity {
    @Column(name = "owner_id")
    public Long ownerId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "question_set_id")
    public QuestionSet questionSet;
    @Column(name = "library_key")
    public String libraryKey;
    public String title;
    public String code;
    public boolean listed = true;
    @Enumerated(EnumType.STRING)
    public QuizStatus status = QuizStatus.OPEN;
    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;
    @Column(name = "max_attempts")
    public Integer maxAttempts;
    @Column(name = "opens_at")
    public OffsetDateTime opensAt;
    @Column(name = "closes_at")
    public OffsetDateTime closesAt;
    @Column(name = "one_per_page")
    public boolean onePerPage;
    public boolean shuffle = true;
    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_mode")
    public FeedbackMode feedbackMode = FeedbackMode.AFTER_SUBMIT;
    @Enumerated(EnumType.STRING)
    public Recognition recognition = Recognition.DEVICE;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static Quiz findByCode(String code) {
        return find("code", code).firstResult();
    }

    public static List<Quiz> listedOpen() {
        return list("listed = true and status = ?1 order by createdAt, id", QuizStatus.OPEN);
    }

    /** Closed by the teacher or past its closing date: answers may then be shown in AFTER_CLOSE mode. */
    public boolean closed(OffsetDateTime now) {
        return status == QuizStatus.CLOSED || (closesAt != null && !now.isBefore(closesAt));
    }

    /** Open now: not closed by the teacher and within its dates. */
    public boolean acceptsAttempts(OffsetDateTime now) {
        return status == QuizStatus.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }
}
