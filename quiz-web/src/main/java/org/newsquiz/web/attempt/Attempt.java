package org.newsquiz.web.attempt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.newsquiz.web.quiz.Quiz;

/** One student's go at a quiz. Only a hash of its secret token is stored. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "quiz_id")
    public Quiz quiz;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "device_id")
    public String deviceId;
    @Column(name = "student_name")
    public String studentName;
    /** The class-list entry the student joined with, on a quiz that recognises students by roster. */
    @Column(name = "roster_entry_id")
    public Long rosterEntryId;
    @Enumerated(EnumType.STRING)
    public AttemptState state = AttemptState.IN_PROGRESS;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "question_order")
    public List<Long> questionOrder;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "option_orders")
    public Map<String, List<String>> optionOrders;
    /** The left-hand items of each matching question, in this attempt's order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "item_orders")
    public Map<String, List<String>> itemOrders;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    public OffsetDateTime deadline;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    public Double score;
    @Column(name = "max_score")
    public Double maxScore;

    public boolean inProgress() {
        return state == AttemptState.IN_PROGRESS;
    }

    /** Whole seconds until the deadline (never negative), for the page's countdown; 0 without a deadline. */
    public long secondsLeft() {
        return deadline == null ? 0 : Math.max(0, java.time.Duration.between(OffsetDateTime.now(), deadline).getSeconds());
    }

    public boolean pastDeadline(OffsetDateTime now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
