package org.newsquiz.core.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquiz.core.exchange.ImportCollector.InvalidItemException;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** Reads the items of one GIFT file: blank lines separate items, {@code //} lines are comments. */
final class GiftParser {
    private static final Pattern ID_COMMENT = Pattern.compile("\\[id:([^\\]\\s]+)]");
    private static final Pattern TAG_COMMENT = Pattern.compile("\\[tag:([^\\]\\s]+)]");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final String BLANK = "_____";

    private final String text;
    private final ImportCollector collector = new ImportCollector();

    GiftParser(String text) {
        this.text = text;
    }

    ImportResult parse() throws ExchangeException {
        var body = new StringBuilder();
        var comments = new StringBuilder();
        int position = 0;
        for (String line : (text + "\n\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                comments.append(trimmed).append('\n');
            } else if (trimmed.isEmpty()) {
                if (!body.toString().isBlank()) {
                    position++;
                    item(position, body.toString().strip(), comments.toString());
                }
                body.setLength(0);
                comments.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (position == 0) {
            throw new ExchangeException("the GIFT file holds no questions");
        }
        return collector.result("GIFT");
    }

    private void item(int position, String item, String comments) {
        if (item.regionMatches(true, 0, "$CATEGORY:", 0, "$CATEGORY:".length())) {
            return;
        }
        String name = "";
        String rest = item;
        if (rest.startsWith("::")) {
            int end = GiftText.indexOfUnescaped(rest, "::", 2);
            if (end < 0) {
                collector.problem(position, item, "the question name is not closed with '::'");
                return;
            }
            name = GiftText.unescape(rest.substring(2, end)).strip();
            rest = rest.substring(end + 2);
        }
        String label = name.isEmpty() ? GiftText.unescape(rest) : name;
        String id = firstMatch(ID_COMMENT, comments, collector.freshId(name.isEmpty() ? "gift-" + position : name));
        List<String> tags = allMatches(TAG_COMMENT, comments);
        String body = rest;
        collector.add(position, label, () -> question(id, tags, body));
    }

    private static Question question(String id, List<String> tags, String body) throws InvalidItemException {
        int open = GiftText.indexOfUnescaped(body, "{", 0);
        if (open < 0) {
            throw new InvalidItemException("no answers in braces: a description is not a question");
        }
        int close = GiftText.indexOfUnescaped(body, "}", open + 1);
        if (close < 0) {
            throw new InvalidItemException("the answer block is not closed with '}'");
        }
        String before = GiftText.withoutFormatMarker(body.substring(0, open)).stripLeading();
        String after = body.substring(close + 1);
        String prompt = after.isBlank() ? before.strip() : before + BLANK + after.stripTrailing();
        prompt = GiftText.unescape(prompt);
        String block = body.substring(open + 1, close);
        int feedbackAt = GiftText.indexOfUnescaped(block, "####", 0);
        String explanation = feedbackAt < 0 ? "" : GiftText.unescape(block.substring(feedbackAt + 4)).strip();
        String answers = (feedbackAt < 0 ? block : block.substring(0, feedbackAt)).strip();
        var shape = GiftAnswers.read(answers);
        return new Question(id, shape.type(), prompt, shape.options(), shape.answers(), explanation, List.of(),
                ImportCollector.DEFAULT_DIFFICULTY, tags, shape.tolerance());
    }

    private static String firstMatch(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    private static List<String> allMatches(Pattern pattern, String text) {
        var values = new LinkedHashSet<String>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return new ArrayList<>(values);
    }

    /** The meaning of the text between the braces. */
    record GiftAnswers(QuestionType type, List<String> options, List<String> answers, double tolerance) {
        static GiftAnswers read(String block) throws InvalidItemException {
            if (block.isEmpty()) {
                throw new InvalidItemException("an essay question ({}) has no answer to import");
            }
            if (block.startsWith("#")) {
                return numeric(block.substring(1).strip());
            }
            String truth = stripFeedback(block).strip().toUpperCase(java.util.Locale.ROOT);
            if (truth.equals("T") || truth.equals("TRUE") || truth.equals("F") || truth.equals("FALSE")) {
                return new GiftAnswers(QuestionType.TRUE_FALSE, List.of("True", "False"),
                        List.of(truth.startsWith("T") ? "True" : "False"), 0);
            }
            List<Choice> choices = choices(block);
            if (choices.isEmpty()) {
                throw new InvalidItemException("the answers must start with '=' or '~'");
            }
            boolean anyTilde = choices.stream().anyMatch(c -> !c.equalsSign());
            boolean matching = !anyTilde && choices.stream().anyMatch(c -> GiftText.indexOfUnescaped(c.raw(), "->", 0) >= 0);
            if (matching) {
                return matching(choices);
            }
            if (!anyTilde) {
                var accepted = choices.stream().filter(c -> c.weight() >= 100).map(Choice::text).toList();
                return new GiftAnswers(QuestionType.FILL_IN_BLANK, List.of(), accepted, 0);
            }
            var options = choices.stream().map(Choice::text).toList();
            var correct = choices.stream().filter(c -> c.weight() > 0).map(Choice::text).toList();
            boolean multiple = choices.stream().noneMatch(Choice::equalsSign)
                    && (correct.size() > 1 || choices.stream().anyMatch(c -> c.weight() < 0));
            return new GiftAnswers(multiple ? QuestionType.MULTIPLE_RESPONSE : QuestionType.MULTIPLE_CHOICE,
                    options, correct, 0);
        }

        private static GiftAnswers matching(List<Choice> choices) throws InvalidItemException {
            var rights = new LinkedHashSet<String>();
            var pairs = new ArrayList<String>();
            for (Choice c : choices) {
                int arrow = GiftText.indexOfUnescaped(c.raw(), "->", 0);
                if (arrow < 0) {
                    throw new InvalidItemException("every matching answer needs '->'");
                }
                String left = GiftText.unescape(c.raw().substring(0, arrow)).strip();
                String right = GiftText.unescape(stripFeedback(c.raw().substring(arrow + 2))).strip();
                if (!left.isEmpty()) {
                    pairs.add(new MatchingPair(left, right).toAnswer());
                }
                rights.add(right);
            }
            return new GiftAnswers(QuestionType.MATCHING, new ArrayList<>(rights), pairs, 0);
        }

        private static GiftAnswers numeric(String block) throws InvalidItemException {
            String chosen = block;
            if (block.startsWith("=")) {
                chosen = null;
                for (Choice c : choices(block)) {
                    if (c.weight() >= 100) {
                        chosen = c.raw();
                        break;
                    }
                }
                if (chosen == null) {
                    throw new InvalidItemException("no numeric answer gives full marks");
                }
            }
            String value = stripFeedback(chosen).strip();
            int range = value.indexOf("..");
            if (range >= 0) {
                var low = Numbers.parse(value.substring(0, range));
                var high = Numbers.parse(value.substring(range + 2));
                if (low.isEmpty() || high.isEmpty() || high.getAsDouble() < low.getAsDouble()) {
                    throw new InvalidItemException("'" + value + "' is not a numeric range min..max");
                }
                double middle = (low.getAsDouble() + high.getAsDouble()) / 2;
                return new GiftAnswers(QuestionType.NUMERIC, List.of(), List.of(Numbers.format(middle)),
                        (high.getAsDouble() - low.getAsDouble()) / 2);
            }
            int colon = GiftText.indexOfUnescaped(value, ":", 0);
            String number = (colon < 0 ? value : value.substring(0, colon)).strip();
            String tolerance = colon < 0 ? "0" : value.substring(colon + 1).strip();
            var tol = Numbers.parse(tolerance);
            if (Numbers.parse(number).isEmpty() || tol.isEmpty() || tol.getAsDouble() < 0) {
                throw new InvalidItemException("'" + value + "' is not a number with an optional :tolerance");
            }
            return new GiftAnswers(QuestionType.NUMERIC, List.of(), List.of(number), tol.getAsDouble());
        }

        private static String stripFeedback(String raw) {
            int hash = GiftText.indexOfUnescaped(raw, "#", 0);
            return hash < 0 ? raw : raw.substring(0, hash);
        }

        /** Splits {@code =a ~%50%b#feedback} at every unescaped {@code =} or {@code ~}. */
        private static List<Choice> choices(String block) throws InvalidItemException {
            var choices = new ArrayList<Choice>();
            int start = -1;
            for (int i = 0; i <= block.length(); i++) {
                boolean end = i == block.length();
                char c = end ? 0 : block.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (end || c == '=' || c == '~') {
                    if (start >= 0) {
                        choices.add(Choice.of(block.charAt(start) == '=', block.substring(start + 1, i)));
                    } else if (!block.substring(0, i).isBlank()) {
                        throw new InvalidItemException("the answers must start with '=' or '~'");
                    }
                    start = i;
                }
            }
            return choices;
        }
    }

    /** One answer between the braces, with its weight in percent. */
    record Choice(boolean equalsSign, String raw, double weight) {
        static Choice of(boolean equalsSign, String raw) throws InvalidItemException {
            String rest = raw.strip();
            double weight = equalsSign ? 100 : 0;
            Matcher m = WEIGHT.matcher(rest);
            if (m.find()) {
                weight = Double.parseDouble(m.group(1));
                rest = rest.substring(m.end());
            } else if (rest.startsWith("%")) {
                throw new InvalidItemException("the weight in '" + raw.strip() + "' is not %number%");
            }
            return new Choice(equalsSign, rest, weight);
        }

        String text() {
            return GiftText.unescape(GiftAnswers.stripFeedback(raw)).strip();
        }
    }
}
