package org.newsquiz.core.article;

import java.util.Locale;

/** Picks the reader for a file by its name: {@code .md}/{@code .markdown}, {@code .html}/{@code .htm}, else plain text. */
public final class ArticleReaders {
    private ArticleReaders() {
    }

    public static ArticleReader forFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return new MarkdownReader();
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new HtmlReader();
        }
        return new PlainTextReader();
    }

    public static Article read(String fileName, String text) {
        return forFileName(fileName).read(text);
    }
}
