package org.newsquiz.core.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/**
 * Moodle's GIFT text format. Carries the prompt, options, answers, the explanation as general feedback
 * ({@code ####}), the id as question name and {@code [id:]} comment, and tags as {@code [tag:]} comments.
 * Drops evidence and difficulty; ordering questions cannot be expressed; quote attributions come back as
 * multiple choice.
 */
public final class GiftFormat implements QuestionWriter, QuestionReader {
    @Override
    public String name() {
        return "gift";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "gift.txt";
    }

    @Override
    public boolean canWrite(QuestionType type) {
        return type != QuestionType.ORDERING;
    }

    @Override
    public ExportResult write(String title, List<Question> questions) {
        var out = new StringBuilder();
        var skipped = new ArrayList<ExportResult.SkippedQuestion>();
        if (title != null && !title.isBlank()) {
            out.append("// ").append(title.strip().replaceAll("\\s+", " ")).append("\n\n");
        }
        for (Question q : questions) {
            Optional<String> block = answerBlock(q);
            if (block.isEmpty()) {
                skipped.add(new ExportResult.SkippedQuestion(q.id(), skipReason(q)));
                continue;
            }
            out.append(metadataComment(q));
            out.append("::").append(GiftText.escape(q.id())).append("::")
                    .append(GiftText.escape(q.prompt())).append(block.get()).append("\n\n");
        }
        return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    @Override
    public ImportResult read(byte[] data) throws ExchangeException {
        return new GiftParser(InputLimits.text(data, "GIFT")).parse();
    }

    private static String skipReason(Question q) {
        if (q.type() == QuestionType.ORDERING) {
            return "GIFT has no ordering question type";
        }
        if (q.type() == QuestionType.NUMERIC) {
            return "the answer is not a plain number GIFT can write";
        }
        return "a matching item contains '->', which GIFT cannot escape";
    }

    private static String metadataComment(Question q) {
        var parts = new ArrayList<String>();
        if (isBracketSafe(q.id())) {
            parts.add("[id:" + q.id() + "]");
        }
        q.tags().stream().filter(GiftFormat::isBracketSafe).forEach(tag -> parts.add("[tag:" + tag + "]"));
        return parts.isEmpty() ? "" : "// " + String.join(" ", parts) + "\n";
    }

    private static boolean isBracketSafe(String value) {
        return !value.isBlank() && value.chars().noneMatch(c -> c == ']' || c == '[' || Character.isWhitespace(c));
    }

    private static Optional<String> answerBlock(Question q) {
        var lines = new ArrayList<String>();
        switch (q.type()) {
            case MULTIPLE_CHOICE, QUOTE_ATTRIBUTION -> q.options().forEach(option ->
                    lines.add((q.answers().contains(option) ? "=" : "~") + GiftText.escape(option)));
            case MULTIPLE_RESPONSE -> {
                String share = Numbers.percent(100.0 / q.answers().size());
                q.options().forEach(option -> lines.add("~%" + (q.answers().contains(option) ? share : "-100")
                        + "%" + GiftText.escape(option)));
            }
            case TRUE_FALSE -> lines.add(q.answers().equals(List.of("True")) ? "T" : "F");
            case FILL_IN_BLANK -> q.answers().forEach(answer -> lines.add("=" + GiftText.escape(answer)));
            case MATCHING -> {
                if (!matchingLines(q, lines)) {
                    return Optional.empty();
                }
            }
            case NUMERIC -> {
                String value = q.answers().isEmpty() ? "" : q.answers().get(0).trim();
                if (Numbers.parse(value).isEmpty()) {
                    return Optional.empty();
                }
                lines.add("#" + value + (q.tolerance() > 0 ? ":" + Numbers.format(q.tolerance()) : ""));
            }
            case ORDERING -> {
                return Optional.empty();
            }
        }
        if (!q.explanation().isBlank()) {
            lines.add("####" + GiftText.escape(q.explanation()));
        }
        return Optional.of("{\n\t" + String.join("\n\t", lines) + "\n}");
    }

    private static boolean matchingLines(Question q, List<String> lines) {
        for (String answer : q.answers()) {
            var pair = MatchingPair.parse(answer);
            if (pair.isEmpty() || pair.get().left().contains("->") || pair.get().right().contains("->")) {
                return false;
            }
            lines.add("=" + GiftText.escape(pair.get().left()) + " -> " + GiftText.escape(pair.get().right()));
        }
        return true;
    }
}
