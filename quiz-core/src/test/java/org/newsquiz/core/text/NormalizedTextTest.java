package org.newsquiz.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
    @Test
    void plainsQuotesDashesAndSpacesButMapsBackToTheBody() {
        String body = "He said:  \u201CNo\u2014never\u2026\u201D\r\nThen\u00A0left.";
        NormalizedText n = NormalizedText.of(body);
        assertEquals("He said: \"No-never...\"\nThen left.", n.text());
        int at = n.text().indexOf("never");
        assertEquals("never", n.toOriginal(at, at + 5).of(body));
        int quote = n.text().indexOf('"');
        assertEquals("\u201CNo\u2014never\u2026\u201D", n.toOriginal(quote, n.text().indexOf('\n')).of(body));
        assertEquals("left.", n.toOriginal(n.text().indexOf("left"), n.text().length()).of(body));
    }
}
