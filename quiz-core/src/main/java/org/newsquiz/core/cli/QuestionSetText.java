package org.newsquiz.core.cli;

import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;

/** A listing for people: each question numbered, with its options, the correct ones marked, and the explanation. */
final class QuestionSetText implements QuestionSetRenderer {
    private static final String INDENT = "   ";

    @Override
    public String render(QuestionSet set) {
        StringBuilder text = new StringBuilder();
        String title = set.article().title().isBlank() ? "(untitled article)" : set.article().title();
        text.append(title).append(" — ").append(set.article().wordCount()).append(" words, ")
                .append(set.questions().size()).append(set.questions().size() == 1 ? " question" : " questions").append('\n');
        int number = 1;
        for (Question question : set.questions()) {
            text.append('\n');
            appendQuestion(text, number++, question);
        }
        return text.toString();
    }

    private static void appendQuestion(StringBuilder text, int number, Question question) {
        text.append(number).append(". [").append(question.type()).append("] ").append(flat(question.prompt())).append('\n');
        switch (question.type()) {
            case MATCHING -> {
                line(text, "Match with: " + String.join(" | ", question.options()));
                question.answers().forEach(pair -> line(text, "  " + pair));
            }
            case ORDERING -> {
                line(text, "Items: " + String.join(" | ", question.options()));
                numbered(text, question.answers());
            }
            case NUMERIC -> line(text, "Answer: " + String.join(", ", question.answers())
                    + (question.tolerance() > 0 ? " (± " + plain(question.tolerance()) + ")" : ""));
            case FILL_IN_BLANK -> line(text, "Accepted: " + String.join(" | ", question.answers()));
            default -> question.options().forEach(option ->
                    line(text, (question.answers().contains(option) ? "[x] " : "[ ] ") + option));
        }
        if (!question.explanation().isBlank()) {
            line(text, "Explanation: " + flat(question.explanation()));
        }
    }

    private static void numbered(StringBuilder text, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            line(text, "  " + (i + 1) + ". " + items.get(i));
        }
    }

    private static void line(StringBuilder text, String content) {
        text.append(INDENT).append(content).append('\n');
    }

    private static String flat(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
