package org.newsquiz.core.exchange;

import java.util.List;
import java.util.Objects;

/** The exported file and the questions that could not go into it. */
public record ExportResult(byte[] data, List<SkippedQuestion> skipped) {
    public ExportResult {
        Objects.requireNonNull(data, "data");
        skipped = List.copyOf(skipped);
    }

    /** A question left out of an export, and why. */
    public record SkippedQuestion(String questionId, String reason) {
        public SkippedQuestion {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
