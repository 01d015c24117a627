package org.newsquiz.core.exchange;

import java.util.Optional;
import java.util.Set;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionValidator;
import org.newsquiz.core.question.ValidationIssue;

/**
 * The contract checks an imported question must pass. Evidence and the answer showing in the prompt are
 * matters of quality a teacher reviews later; files of other tools carry no evidence at all.
 */
final class ImportCheck {
    private static final Set<String> REVIEW_LATER = Set.of(
            QuestionValidator.NO_EVIDENCE, QuestionValidator.ANSWER_IN_PROMPT, QuestionValidator.EVIDENCE_MISMATCH);
    private static final QuestionValidator VALIDATOR = new QuestionValidator();

    private ImportCheck() {
    }

    static Optional<String> problem(Question question) {
        return VALIDATOR.validate(question).stream()
                .filter(issue -> !REVIEW_LATER.contains(issue.code()))
                .map(ValidationIssue::message)
                .findFirst();
    }
}
