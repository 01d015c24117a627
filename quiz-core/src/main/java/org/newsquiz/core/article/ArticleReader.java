package org.newsquiz.core.article;

/** Turns one kind of input text into an {@link Article}; throws {@link UnusableArticleException} on unusable input. */
public interface ArticleReader {
    Article read(String text);
}
