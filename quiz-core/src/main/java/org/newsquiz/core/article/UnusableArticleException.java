package org.newsquiz.core.article;

/** The input cannot be read or holds nothing to ask about; the message says why, in one line. */
public class UnusableArticleException extends RuntimeException {
    public UnusableArticleException(String message) {
        super(message);
    }
}
