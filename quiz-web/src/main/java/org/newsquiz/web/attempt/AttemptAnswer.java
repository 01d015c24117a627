package org.newsquiz.web.attempt;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A student's saved response to one question of an attempt; saving again replaces it. */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer extends PanacheEntityBase {
    @EmbeddedId
    public Key key;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> response;
    @Column(name = "saved_at")
    public OffsetDateTime savedAt;
    public Double score;

    public static List<AttemptAnswer> forAttempt(UUID attemptId) {
        return list("key.attemptId", attemptId);
    }

    @Embeddable
    public record Key(@Column(name = "attempt_id") UUID attemptId, @Column(name = "question_id") Long questionId)
            implements Serializable {
    }
}
