package org.newsquiz.web.generation;

import java.time.OffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.newsquiz.web.persistence.IdentityEntity;

/** A teacher's request to draft questions for several articles; its items carry the progress. */
@Entity
@Table(name = "generation_batch")
public class GenerationBatch extends IdentityEntity {
    @Column(name = "owner_id")
    public Long ownerId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
