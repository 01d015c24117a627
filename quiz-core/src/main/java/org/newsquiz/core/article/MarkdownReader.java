package org.newsquiz.core.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquiz.core.text.Markup;

/**
 * Markdown with optional front matter: a {@code ---} block of {@code key: value} lines (title,
 * source, date, language, licence). The body is everything after the closing {@code ---} line,
 * exactly as given; without a front-matter title the first {@code #} heading names the article.
 */
public final class MarkdownReader implements ArticleReader {
    private static final Pattern FENCE = Pattern.compile("---[ \\t]*");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][\\w-]*)[ \\t]*:[ \\t]*(.*)");
    private static final Pattern TITLE_HEADING = Pattern.compile("(?m)^ {0,3}#[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*\\r?$");

    @Override
    public Article read(String text) {
        if (text == null || text.isBlank()) {
            throw new UnusableArticleException("the article is empty");
        }
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, String> fields = new LinkedHashMap<>();
        String body = input;
        if (FENCE.matcher(firstLine(input)).matches()) {
            int at = lineEnd(input, 0);
            int line = 1;
            while (true) {
                if (at >= input.length()) {
                    throw new UnusableArticleException("the front matter has no closing --- line");
                }
                int end = lineEnd(input, at);
                String content = stripCr(input.substring(at, input.charAt(end - 1) == '\n' ? end - 1 : end));
                line++;
                at = end;
                if (FENCE.matcher(content).matches()) {
                    break;
                }
                if (content.isBlank() || content.startsWith("#")) {
                    continue;
                }
                Matcher field = FIELD.matcher(content);
                if (!field.matches()) {
                    throw new UnusableArticleException("front matter line " + line + " is not \"key: value\"");
                }
                fields.put(field.group(1).toLowerCase(Locale.ROOT), unquote(field.group(2).strip()));
            }
            body = input.substring(at);
        }
        if (body.isBlank()) {
            throw new UnusableArticleException("the article has no text after its front matter");
        }
        String title = fields.get("title");
        if (title == null || title.isBlank()) {
            Matcher heading = TITLE_HEADING.matcher(body);
            title = heading.find() ? heading.group(1).strip() : "";
        }
        String licence = fields.getOrDefault("licence", fields.get("license"));
        return new Article(title, body, fields.get("source"), fields.get("date"),
                fields.getOrDefault("language", "en"), licence, Markup.MARKDOWN);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return stripCr(newline < 0 ? text : text.substring(0, newline));
    }

    /** The offset just after the newline ending the line that starts at {@code from}. */
    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
