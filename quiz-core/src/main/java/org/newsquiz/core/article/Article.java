package org.newsquiz.core.article;

import java.util.Objects;
import org.newsquiz.core.text.Markup;

/**
 * An article as given: its metadata and its body. Every offset the core reports points into
 * {@code body}, the text as given without title line or front matter; {@code markup} says whether
 * the body carries Markdown that analysis must look through.
 */
public record Article(String title, String body, String source, String date, String language, String licence,
        Markup markup) {
    public Article {
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        markup = markup == null ? Markup.PLAIN : markup;
    }

    public Article(String title, String body, String source, String date, String language, String licence) {
        this(title, body, source, date, language, licence, Markup.PLAIN);
    }

    public static Article of(String title, String body) {
        return new Article(title, body, null, null, "en", null);
    }
}
