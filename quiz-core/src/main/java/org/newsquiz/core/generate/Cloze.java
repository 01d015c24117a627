package org.newsquiz.core.generate;

import java.util.List;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;
import org.newsquiz.core.text.Token;

/** Builds fill-in-the-blank prompts from a sentence with one span replaced by a blank. */
final class Cloze {
    static final String BLANK = "_____";

    private Cloze() {
    }

    /** The sentence with {@code gap} (normalised offsets) blanked, or null when the sentence is too long. */
    static String blank(FactSheet facts, int sentence, Span gap) {
        Sentence s = facts.text().sentences().get(sentence);
        if (s.wordCount() > 40 || !s.span().contains(gap)) {
            return null;
        }
        String text = s.text();
        int from = gap.start() - s.span().start();
        int to = gap.end() - s.span().start();
        if (splitsToken(text, from, to)) {
            return null;
        }
        // A dateline dash ("-- In a new approach …") belongs to the page, not to the sentence.
        String filled = clause(article(named(facts, s, text.substring(0, from))), withoutConversion(text.substring(to))).replaceFirst("^[-–—]+\\s*", "");
        if (filled.chars().filter(c -> c == '"').count() % 2 == 1 || filled.split("\\s+").length < MIN_STEM_WORDS) {
            return null;
        }
        return "Fill in the blank: " + EventQuestions.plainNames(filled, facts);
    }

    /**
     * "He said _____ jobs would go", "Earlier this week he said …": the one person the sentence before names stands
     * in for the first "he" or "she" when the sentence has named nobody before it, who would otherwise be nobody in
     * a stem read on its own.
     */
    private static String named(FactSheet facts, Sentence s, String before) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int at = tokens.get(i).span().start() - s.span().start();
            String word = tokens.get(i).text();
            if (at >= before.length()) {
                return before;
            }
            if (word.equalsIgnoreCase("he") || word.equalsIgnoreCase("she")) {
                int pronoun = i;
                boolean namedBefore = facts.ofType(EntityType.PERSON).stream().anyMatch(e -> Stems.namedIn(e, s, 0, pronoun));
                Entity person = namedBefore ? null : Stems.referent(facts, s, i);
                return person == null ? before : before.substring(0, at) + person.name() + before.substring(at + word.length());
            }
        }
        return before;
    }

    /** "million to _____." is a scrap of a page, not a sentence to complete. */
    private static final int MIN_STEM_WORDS = 5;

    /** "an _____ jump" would tell "18%" from "12%": the article before a blank fits any answer. */
    private static String article(String before) {
        var m = INDEFINITE.matcher(before);
        return m.find() ? before.substring(0, m.start(1)) + (Character.isUpperCase(m.group(1).charAt(0)) ? "A(n) " : "a(n) ") : before;
    }

    private static final java.util.regex.Pattern INDEFINITE = java.util.regex.Pattern.compile("(?:^|\\s)([Aa]n?) $");

    /** "_____ (£155bn) filed by …": the figure in another currency beside the blank would give its answer away. */
    private static String withoutConversion(String after) {
        return CONVERSION.matcher(after).replaceFirst("");
    }

    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile(
            "^\\s*\\(\\s*(?:US|A|C|NZ|HK)?[£$€¥]\\s?\\d[^()]*\\)");

    /** True when the gap starts or ends inside a word or a figure ("£_____.58bn", "_____bn", "4._____", "Barnes-_____ Hospital"). */
    static boolean splitsToken(String text, int from, int to) {
        boolean before = from > 0 && (joined(text.charAt(from - 1))
                || (from > 1 && ".,".indexOf(text.charAt(from - 1)) >= 0 && Character.isDigit(text.charAt(from - 2))));
        boolean after = to < text.length() && (joined(text.charAt(to))
                || (to + 1 < text.length() && ".,".indexOf(text.charAt(to)) >= 0 && Character.isDigit(text.charAt(to + 1))));
        return before || after;
    }

    private static boolean joined(char c) {
        return Character.isLetterOrDigit(c) || "£$€%-".indexOf(c) >= 0;
    }

    /**
     * The clause that carries the gap: a long sentence loses what follows the gap's clause (", creating …",
     * ", and new cases have fallen …") and, after ", while" or ", but", what precedes it. The cut is kept only
     * when a clause of some length is left and it does not open with a pronoun that needs the rest.
     */
    static String clause(String before, String after) {
        String whole = before + BLANK + after;
        if (whole.split("\\s+").length <= SHORT_SENTENCE_WORDS) {
            return whole;
        }
        String tail = after;
        var right = RIGHT_CUT.matcher(after);
        if (right.find() && tail.substring(0, right.start()).chars().filter(c -> c == '"').count() % 2 == 0) {
            tail = after.substring(0, right.start()) + ".";
        }
        String head = before;
        var left = LEFT_CUT.matcher(before);
        int cut = -1;
        while (left.find()) {
            cut = left.end();
        }
        if (cut > 0 && cut < before.length() && !PRONOUN_START.matcher(before.substring(cut)).find()) {
            String rest = before.substring(cut);
            head = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        String shortened = head + BLANK + tail;
        boolean balanced = shortened.chars().filter(c -> c == '"').count() % 2 == 0;
        return balanced && shortened.split("\\s+").length >= MIN_CLAUSE_WORDS ? shortened : whole;
    }

    private static final int SHORT_SENTENCE_WORDS = 18;
    private static final int MIN_CLAUSE_WORDS = 7;
    private static final java.util.regex.Pattern RIGHT_CUT = java.util.regex.Pattern.compile(
            ",\\s+(?:while|but|and|which|where|whose|creating|according to|adding|depending|mostly|largely|particularly|"
                    + "including|well below|compared with|the [a-z]+est)|;\\s");
    private static final java.util.regex.Pattern LEFT_CUT = java.util.regex.Pattern.compile(",\\s+(?:while|but|whereas)\\s+|;\\s+");
    static final java.util.regex.Pattern PRONOUN_START = java.util.regex.Pattern.compile(
            "^(?:he|she|it|its|they|their|them|his|her|this|these|those|we|our|i)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
}
