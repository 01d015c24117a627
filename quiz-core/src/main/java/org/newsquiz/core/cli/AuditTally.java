package org.newsquiz.core.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsquiz.core.question.QuestionAudit;
import org.newsquiz.core.question.QuestionSet;

/**
 * The audit part of {@code quality}: each finding under its article, and the count of every kind at the end.
 * Articles are drafted on several threads, so counting is synchronised.
 */
final class AuditTally {
    private final QuestionAudit audit = new QuestionAudit();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    AuditTally() {
        QuestionAudit.CODES.forEach(code -> counts.put(code, 0));
    }

    /** Counts the set's findings and returns their report lines. */
    synchronized String add(QuestionSet set, String body) {
        StringBuilder lines = new StringBuilder();
        for (QuestionAudit.Finding f : audit.audit(set, body)) {
            lines.append("  audit ").append(f).append('\n');
            counts.merge(f.code(), 1, Integer::sum);
        }
        return lines.toString();
    }

    synchronized void printTotals(PrintStream out) {
        StringBuilder line = new StringBuilder("audit:");
        counts.forEach((code, n) -> line.append(line.length() > 6 ? ", " : " ").append(code).append(' ').append(n));
        out.println(line);
    }
}
