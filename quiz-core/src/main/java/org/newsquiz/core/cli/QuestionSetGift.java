package org.newsquiz.core.cli;

import java.nio.charset.StandardCharsets;
import org.newsquiz.core.exchange.ExportResult;
import org.newsquiz.core.exchange.GiftFormat;
import org.newsquiz.core.question.QuestionSet;

/**
 * The question set in Moodle's GIFT format. Questions GIFT cannot carry are named at the end in GIFT comments,
 * so the output stays importable and the teacher still learns what is missing.
 */
final class QuestionSetGift implements QuestionSetRenderer {
    private final GiftFormat gift = new GiftFormat();

    @Override
    public String render(QuestionSet set) {
        ExportResult result = gift.write(set.article().title(), set.questions());
        StringBuilder text = new StringBuilder(new String(result.data(), StandardCharsets.UTF_8));
        for (ExportResult.SkippedQuestion skipped : result.skipped()) {
            text.append("// not exported: ").append(skipped.questionId()).append(" (")
                    .append(QuizCoreCli.oneLine(skipped.reason())).append(")\n");
        }
        return text.toString();
    }
}
