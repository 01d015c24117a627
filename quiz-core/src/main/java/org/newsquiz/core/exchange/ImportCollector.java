package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsquiz.core.question.Question;

/** Gathers the questions and problems of one import, checking each question as it arrives. */
final class ImportCollector {
    /** Difficulty given to questions from formats that have no place for it. */
    static final double DEFAULT_DIFFICULTY = 0.5;
    private static final int LABEL_LENGTH = 40;

    private final List<Question> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /** Keeps the question built by {@code source}, or records why it cannot be kept. */
    void add(int position, String item, QuestionSource source) {
        Question question;
        try {
            question = source.build();
        } catch (InvalidItemException | IllegalArgumentException | NullPointerException e) {
            problem(position, item, e.getMessage() == null ? "the item is incomplete" : e.getMessage());
            return;
        }
        var problem = ImportCheck.problem(question);
        if (problem.isPresent()) {
            problem(position, item, problem.get());
        } else if (!ids.add(question.id())) {
            problem(position, item, "the id '" + question.id() + "' is used by an earlier question");
        } else {
            questions.add(question);
        }
    }

    /** The id itself when no earlier question has it, else the id with the first free number appended. */
    String freshId(String id) {
        String candidate = id;
        for (int n = 2; ids.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    void problem(int position, String item, String reason) {
        problems.add(new ImportProblem(position, label(item), reason));
    }

    /**
     * The questions and problems; a file from which not one question could be read is refused as a whole,
     * which is also how a file in another format shows up.
     */
    ImportResult result(String formatName) throws ExchangeException {
        if (questions.isEmpty()) {
            throw new ExchangeException("no question could be read from the " + formatName + " file"
                    + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        }
        return new ImportResult(questions, problems);
    }

    /** The start of an item's text on one line, to name it in a problem. */
    static String label(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_LENGTH ? line : line.substring(0, LABEL_LENGTH - 1) + "…";
    }

    /** Builds one question from an item, throwing {@link InvalidItemException} with the reason when it cannot. */
    @FunctionalInterface
    interface QuestionSource {
        Question build() throws InvalidItemException;
    }

    /** An item of a file that cannot become a question; the message is the reason. */
    static final class InvalidItemException extends Exception {
        InvalidItemException(String message) {
            super(message);
        }
    }
}
