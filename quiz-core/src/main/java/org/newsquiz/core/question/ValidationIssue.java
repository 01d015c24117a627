package org.newsquiz.core.question;

/**
 * One broken invariant of a question: which question, a stable machine-readable code
 * (one of the constants of {@link QuestionValidator}) and a sentence for people.
 */
public record ValidationIssue(String questionId, String code, String message) {

    @Override
    public String toString() {
        return questionId + " " + code + ": " + message;
    }
}
