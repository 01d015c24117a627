package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClozeTest {
    @Test
    void aFigureInAnotherCurrencyBesideTheBlankIsLeftOutOfTheStem() {
        var facts = Drafts.facts("Kestrel Bakeries agreed to buy Marlow Bread for \u00A3210m ($380m) in cash on Monday.");
        int from = facts.text().normalized().indexOf("\u00A3210m");
        assertEquals("Fill in the blank: Kestrel Bakeries agreed to buy Marlow Bread for _____ in cash on Monday.",
                Cloze.blank(facts, 0, new org.newsquiz.core.text.Span(from, from + 5)));
    }

    @Test
    void noBlankIsMadeOnOneHalfOfAHyphenatedWord() {
        var facts = Drafts.facts("The patient was treated at Barnes-Jewish Hospital in St Louis for three weeks.");
        int from = facts.text().normalized().indexOf("Jewish");
        assertNull(Cloze.blank(facts, 0, new org.newsquiz.core.text.Span(from, from + 6)));
    }

    @Test
    void aStemOpeningWithHeOrSheNamesThePersonTheSentenceBeforeNames() {
        var facts = Drafts.facts("Marlow Bread chairman Ines Calder welcomed the offer on Monday. "
                + "She said the merger would cut costs by 12% within two years.");
        int from = facts.text().normalized().indexOf("12%");
        assertEquals("Fill in the blank: Ines Calder said the merger would cut costs by _____ within two years.",
                Cloze.blank(facts, 1, new org.newsquiz.core.text.Span(from, from + 3)));
    }

    @Test
    void heStaysWhenTheSentenceBeforeNamesTwoPeople() {
        var facts = Drafts.facts("Marlow Bread chairman Ines Calder met union leader Oskar Teague on Friday. "
                + "He said the merger would cut costs by 12% within two years.");
        int from = facts.text().normalized().indexOf("12%");
        assertEquals("Fill in the blank: He said the merger would cut costs by _____ within two years.",
                Cloze.blank(facts, 1, new org.newsquiz.core.text.Span(from, from + 3)));
    }
}
