package org.newsquiz.core.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the characters of a Markdown body that are markup rather than prose (heading marks,
 * emphasis, link targets, list and quote markers) and the lines that are headings. The prose
 * stays where it is, so offsets into the body remain valid.
 */
final class MarkdownMarkup {
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|(?:-[ \\t]*){3,})$");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern LINE_MARKER = Pattern.compile("^ {0,3}(?:>[ \\t]?)*(?:[*+-][ \\t]+)?");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__|~~");

    final BitSet markup = new BitSet();
    final BitSet headingLines = new BitSet();

    MarkdownMarkup(String body) {
        int previousStart = -1;
        boolean previousProse = false;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            boolean prose = line(line, start, previousProse ? previousStart : -1);
            previousStart = start;
            previousProse = prose;
            start = end + 1;
        }
    }

    /** Marks one line; returns whether it holds prose that a setext underline could turn into a heading. */
    private boolean line(String line, int at, int previousProseStart) {
        if (line.isBlank()) {
            return false;
        }
        if (SETEXT_UNDERLINE.matcher(line).matches() && previousProseStart >= 0) {
            headingLines.set(previousProseStart);
            markup.set(at, at + line.length());
            return false;
        }
        if (THEMATIC_BREAK.matcher(line).matches() || REFERENCE_DEFINITION.matcher(line).matches()) {
            markup.set(at, at + line.length());
            return false;
        }
        Matcher heading = ATX_HEADING.matcher(line);
        if (heading.find()) {
            headingLines.set(at);
            markup.set(at, at + heading.end());
            Matcher closing = CLOSING_HASHES.matcher(line);
            if (closing.find() && closing.start() >= heading.end()) {
                markup.set(at + closing.start(), at + line.length());
            }
        } else {
            Matcher marker = LINE_MARKER.matcher(line);
            if (marker.lookingAt()) {
                markup.set(at, at + marker.end());
            }
        }
        inline(line, at);
        return true;
    }

    private void inline(String line, int at) {
        Matcher image = IMAGE.matcher(line);
        while (image.find()) {
            markup.set(at + image.start(), at + image.end());
        }
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            if (!markup.get(at + link.start())) {
                markup.set(at + link.start());
                markup.set(at + link.end(1), at + link.end());
            }
        }
        Matcher strong = STRONG.matcher(line);
        while (strong.find()) {
            markup.set(at + strong.start(), at + strong.end());
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`' || c == '\\' && i + 1 < line.length() && isPunctuation(line.charAt(i + 1))) {
                markup.set(at + i);
                i += c == '\\' ? 1 : 0;
            } else if ((c == '*' || c == '_') && !markup.get(at + i) && isEmphasis(line, i)) {
                markup.set(at + i);
            }
        }
    }

    /** An emphasis mark opens before a word or closes after one; inside a word, as in snake_case, it is text. */
    private static boolean isEmphasis(String line, int i) {
        boolean wordBefore = i > 0 && !Character.isWhitespace(line.charAt(i - 1));
        boolean wordAfter = i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1));
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(line.charAt(i - 1));
        boolean letterAfter = i + 1 < line.length() && Character.isLetterOrDigit(line.charAt(i + 1));
        return wordBefore != wordAfter || wordBefore && letterBefore != letterAfter;
    }

    private static boolean isPunctuation(char c) {
        return "\\`*_{}[]()#+-.!>~|".indexOf(c) >= 0;
    }
}
