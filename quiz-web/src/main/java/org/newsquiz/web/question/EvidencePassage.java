package org.newsquiz.web.question;

import org.newsquiz.core.question.Evidence;

/** The article paragraph around a question's evidence, split so a page can highlight the quoted part. */
public record EvidencePassage(String before, String quote, String after) {

    /** The paragraph (line of the body) holding the first evidence, or null when the question cites none. */
    public static EvidencePassage of(StoredQuestion question, String body) {
        if (question.evidence == null || question.evidence.isEmpty() || body == null) {
            return null;
        }
        Evidence evidence = question.evidence.get(0);
        if (evidence.end() > body.length() || !body.substring(evidence.start(), evidence.end()).equals(evidence.text())) {
            return null;
        }
        int start = body.lastIndexOf('\n', Math.max(0, evidence.start() - 1)) + 1;
        int end = body.indexOf('\n', evidence.end());
        end = end < 0 ? body.length() : end;
        if (evidence.start() == 0) {
            start = 0;
        }
        return new EvidencePassage(body.substring(start, evidence.start()), evidence.text(),
                body.substring(evidence.end(), end));
    }
}
