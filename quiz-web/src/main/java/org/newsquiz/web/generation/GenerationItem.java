package org.newsquiz.web.generation;

import java.time.OffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.newsquiz.web.persistence.IdentityEntity;

/** One article of a drafting batch: its status, the drafts it added, or why it failed. */
@Entity
@Table(name = "generation_item")
public class GenerationItem extends IdentityEntity {
    @Column(name = "batch_id")
    public Long batchId;
    @Column(name = "article_id")
    public Long articleId;
    public int position;
    @Enumerated(EnumType.STRING)
    public GenerationStatus status = GenerationStatus.QUEUED;
    @Column(name = "question_count")
    public int questionCount;
    public String error;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
