package org.newsquiz.web.article;

/** An article as the API lists it, without its body. */
public record ArticleJson(long id, String title, boolean shared, Long ownerId, String source, int words) {
    public static ArticleJson of(Article article) {
        String body = article.body.strip();
        return new ArticleJson(article.id, article.title, article.ownerId == null, article.ownerId, article.source,
                body.isEmpty() ? 0 : body.split("\\s+").length);
    }
}
