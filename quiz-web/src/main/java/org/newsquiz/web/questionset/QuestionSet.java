package org.newsquiz.web.questionset;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newsquiz.web.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.newsquiz.web.question.StoredQuestion;

/** An ordered set of approved questions, from one or more articles; quizzes are published from it. */
@Entity
@Table(name = "question_set")
public class QuestionSet extends IdentityEntity {
    @Column(name = "owner_id")
    public Long ownerId;
    public String title;
    @ManyToMany
    @JoinTable(name = "question_set_item",
            joinColumns = @JoinColumn(name = "question_set_id"),
            inverseJoinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    public List<StoredQuestion> questions = new ArrayList<>();
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
