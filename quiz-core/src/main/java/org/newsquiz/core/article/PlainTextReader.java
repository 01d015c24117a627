package org.newsquiz.core.article;

/** Plain text: an optional first-line title (short, not ending a sentence; it may end with a closing quote mark or an initialism such as U.S.), then the body. */
public final class PlainTextReader implements ArticleReader {

    @Override
    public Article read(String text) {
        if (text == null || text.isBlank()) {
            throw new UnusableArticleException("the article is empty");
        }
        int newline = text.indexOf('\n');
        if (newline > 0) {
            String first = text.substring(0, newline).strip();
            String rest = text.substring(newline + 1);
            if (looksLikeTitle(first, rest.startsWith("\n") || rest.startsWith("\r\n")) && !rest.isBlank()) {
                return Article.of(first, rest);
            }
        }
        return Article.of("", text);
    }

    /** A headline may ask or exclaim ("Is the tax working?") when a blank line sets it apart from the body. */
    private static boolean looksLikeTitle(String line, boolean blankAfter) {
        return !line.isEmpty() && line.split("\\s+").length <= 16
                && (!line.matches(".*[.!?:;,][”\"'’]*$") || line.matches(".*\\b(?:\\p{Lu}\\.){2,}$")
                        || blankAfter && line.matches(".*[?!][”\"'’]*$"));
    }
}
