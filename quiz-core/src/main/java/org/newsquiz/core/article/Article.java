package org.newsquiz.core.article;

import java.util.Objects;

/**
 * An article as given: its metadata and its body. Every offset the core reports points into
 * {@code body}, the text as given without title line or front matter.
 */
public record Article(String title, String body, String source, String date, String language, String licence) {
    public Article {
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
    }

    public static Article of(String title, String body) {
        return new Article(title, body, null, null, "en", null);
    }
}
