package org.newsquiz.core.generate;

import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.text.Sentence;
import org.newsquiz.core.text.Span;

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
        String filled = text.substring(0, from) + BLANK + text.substring(to);
        if (filled.chars().filter(c -> c == '"').count() % 2 == 1) {
            return null;
        }
        return "Fill in the blank: " + filled;
    }
}
