package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsquiz.core.exchange.ImportCollector.InvalidItemException;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** Reads Aiken line by line: prompt lines, {@code A.} or {@code A)} options, then {@code ANSWER: A}. */
final class AikenParser {
    private final String text;
    private final ImportCollector collector = new ImportCollector();
    private final List<String> prompt = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private int position;

    AikenParser(String text) {
        this.text = text;
    }

    ImportResult parse() throws ExchangeException {
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher option = AikenFormat.OPTION.matcher(line);
            Matcher answer = AikenFormat.ANSWER.matcher(line);
            if (answer.matches()) {
                finish(answer.group(1).toUpperCase(java.util.Locale.ROOT).charAt(0));
            } else if (option.matches() && !prompt.isEmpty()) {
                if (option.group(1).charAt(0) - 'A' != options.size()) {
                    fail("option " + option.group(1) + " is out of order");
                    continue;
                }
                options.add(option.group(2).strip());
            } else {
                if (!options.isEmpty()) {
                    fail("the question has no ANSWER line after its options");
                }
                prompt.add(line);
            }
        }
        if (!prompt.isEmpty()) {
            fail("the file ends before the question's ANSWER line");
        }
        if (position == 0) {
            throw new ExchangeException("the Aiken file holds no questions");
        }
        return collector.result("Aiken");
    }

    private void finish(char letter) {
        position++;
        var shown = List.copyOf(options);
        String text = String.join("\n", prompt);
        int index = letter - 'A';
        String id = collector.freshId("aiken-" + position);
        collector.add(position, text, () -> {
            if (text.isEmpty()) {
                throw new InvalidItemException("an ANSWER line without a question before it");
            }
            if (index >= shown.size()) {
                throw new InvalidItemException("the answer " + letter + " is not one of the options");
            }
            boolean trueFalse = shown.equals(List.of("True", "False"));
            return new Question(id, trueFalse ? QuestionType.TRUE_FALSE : QuestionType.MULTIPLE_CHOICE, text, shown,
                    List.of(shown.get(index)), "", List.of(), ImportCollector.DEFAULT_DIFFICULTY, List.of(), 0);
        });
        prompt.clear();
        options.clear();
    }

    private void fail(String reason) {
        position++;
        collector.problem(position, String.join(" ", prompt), reason);
        prompt.clear();
        options.clear();
    }
}
