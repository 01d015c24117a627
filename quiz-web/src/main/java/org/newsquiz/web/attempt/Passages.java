package org.newsquiz.web.attempt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsquiz.core.question.Evidence;

/**
 * The paragraphs of an article that hold a question's evidence, cut into plain and marked segments. Templates
 * escape every segment, so article text never reaches the page as HTML.
 */
final class Passages {
    private Passages() {
    }

    /** One list of segments per paragraph that holds evidence, in article order. */
    static List<List<Segment>> of(String body, List<Evidence> evidence) {
        if (body == null || evidence == null) {
            return List.of();
        }
        Map<Integer, List<int[]>> spansByParagraph = new TreeMap<>();
        for (Evidence span : evidence) {
            int[] located = locate(body, span);
            if (located != null) {
                spansByParagraph.computeIfAbsent(paragraphStart(body, located[0]), k -> new ArrayList<>()).add(located);
            }
        }
        List<List<Segment>> passages = new ArrayList<>();
        spansByParagraph.forEach((start, spans) -> passages.add(segments(body, start, spans)));
        return passages;
    }

    /** Each evidence span alone, marked, without the text around it. */
    static List<List<Segment>> spansOnly(List<Evidence> evidence) {
        return evidence == null ? List.of() : evidence.stream().filter(e -> e.text() != null && !e.text().isEmpty())
                .map(e -> List.of(new Segment(e.text(), true))).toList();
    }

    /** The span's offsets, trusting them only when they point at its text; else the text's first occurrence. */
    private static int[] locate(String body, Evidence span) {
        if (span.text() == null || span.text().isEmpty()) {
            return null;
        }
        if (span.start() >= 0 && span.end() <= body.length() && span.start() < span.end()
                && body.substring(span.start(), span.end()).equals(span.text())) {
            return new int[] {span.start(), span.end()};
        }
        int found = body.indexOf(span.text());
        return found < 0 ? null : new int[] {found, found + span.text().length()};
    }

    private static int paragraphStart(String body, int offset) {
        return body.lastIndexOf('\n', offset - 1) + 1;
    }

    private static int paragraphEnd(String body, int offset) {
        int end = body.indexOf('\n', offset);
        return end < 0 ? body.length() : end;
    }

    private static List<Segment> segments(String body, int start, List<int[]> spans) {
        spans.sort(Comparator.comparingInt(s -> s[0]));
        int end = paragraphEnd(body, spans.get(spans.size() - 1)[1]);
        List<Segment> segments = new ArrayList<>();
        int at = start;
        for (int[] span : spans) {
            int from = Math.max(span[0], at);
            if (from > at) {
                segments.add(new Segment(body.substring(at, from), false));
            }
            if (span[1] > from) {
                segments.add(new Segment(body.substring(from, span[1]), true));
                at = span[1];
            }
        }
        if (end > at) {
            segments.add(new Segment(body.substring(at, end), false));
        }
        return segments;
    }
}
