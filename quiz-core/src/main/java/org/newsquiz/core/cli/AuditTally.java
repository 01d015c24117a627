package org.newsquiz.core.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquiz.core.question.QuestionAudit;
import org.newsquiz.core.question.QuestionSet;

/** The audit part of {@code quality}: each finding under its article, and the count of every kind at the end. */
final class AuditTally {
    private final QuestionAudit audit = new QuestionAudit();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    AuditTally() {
        QuestionAudit.CODES.forEach(code -> counts.put(code, 0));
    }

    void add(QuestionSet set, String body, PrintStream out) {
        List<QuestionAudit.Finding> findings = audit.audit(set, body);
        for (QuestionAudit.Finding f : findings) {
            out.println("  audit " + f);
            counts.merge(f.code(), 1, Integer::sum);
        }
    }

    void printTotals(PrintStream out) {
        StringBuilder line = new StringBuilder("audit:");
        counts.forEach((code, n) -> line.append(line.length() > 6 ? ", " : " ").append(code).append(' ').append(n));
        out.println(line);
    }
}
