package org.newsquiz.web.article;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import org.newsquiz.web.persistence.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An article in the library: from the content module ({@code libraryKey} set) or a teacher's own. */
@Entity
@Table(name = "article")
public class Article extends IdentityEntity {
    private static final SecureRandom SEEDS = new SecureRandom();

    @Column(name = "owner_id")
    public Long ownerId;
    @Column(name = "library_key")
    public String libraryKey;
    public String title;
    public String body;
    public String source;
    public String published;
    public String language;
    public String licence;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
    /** The secret seed every generation for this article uses: drafts are reproducible here, not outside. */
    @Column(name = "generation_seed")
    public long generationSeed = SEEDS.nextLong();

    public static Article findByLibraryKey(String key) {
        return find("libraryKey", key).firstResult();
    }

    /** The article as the core reads it. */
    public org.newsquiz.core.article.Article toCore() {
        return new org.newsquiz.core.article.Article(title, body, source, published, language, licence);
    }
}
