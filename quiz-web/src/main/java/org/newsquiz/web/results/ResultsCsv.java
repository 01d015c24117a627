package org.newsquiz.web.results;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.newsquiz.web.attempt.ScoreFormat;

/**
 * A quiz's results as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break).
 * Cells that a spreadsheet would read as a formula are prefixed with an apostrophe, so a student named
 * {@code =HYPERLINK(…)} stays text.
 */
public final class ResultsCsv {
    private static final String LINE_END = "\r\n";

    private ResultsCsv() {
    }

    public static String write(QuizResults results) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                "name", "state", "started", "submitted", "seconds taken", "score", "max score"));
        for (QuizResults.Column column : results.questions()) {
            header.add("Q" + column.position() + ": " + column.prompt());
        }
        line(csv, header);
        for (QuizResults.Row row : results.attempts()) {
            List<String> cells = new ArrayList<>(List.of(
                    row.studentName(), row.state().name(), time(row.startedAt()), time(row.submittedAt()),
                    row.secondsTaken() == null ? "" : row.secondsTaken().toString(),
                    row.finished() ? ScoreFormat.formatScore(row.score()) : "",
                    row.maxScore() == null ? "" : ScoreFormat.formatScore(row.maxScore())));
            for (QuizResults.Column column : results.questions()) {
                Double score = row.questionScores().get(column.questionId());
                cells.add(score == null ? "" : ScoreFormat.formatScore(score));
            }
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append(LINE_END);
    }

    /** One field: defused against formula injection, then quoted when RFC 4180 requires it. */
    static String field(String value) {
        String text = defused(value == null ? "" : value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** Spreadsheets run cells beginning with = + - @ (or a tab or carriage return before one) as formulas. */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? ""
                : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
