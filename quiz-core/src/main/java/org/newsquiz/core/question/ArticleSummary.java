package org.newsquiz.core.question;

/** What the output says about the article the questions came from. */
public record ArticleSummary(String title, int wordCount) {
}
