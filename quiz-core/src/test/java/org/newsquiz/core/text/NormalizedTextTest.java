package org.newsquiz.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void leavesMarkdownOutButMapsTheProseBackToTheBody() {
        String body = "## Flood *warning*\n\nThe **river** rose, said [Dr. Ana Ruiz](https://example.org/ruiz) of the_agency.\n"
                + "- one item\n> quoted `code` here\n![map](m.png) Photo.\n";
        NormalizedText n = NormalizedText.of(body, Markup.MARKDOWN);
        assertEquals("Flood warning\n\nThe river rose, said Dr. Ana Ruiz of the_agency.\none item\nquoted code here\n Photo.\n", n.text());
        assertTrue(n.isMarkedHeading(0));
        assertFalse(n.isMarkedHeading(n.text().indexOf("The river")));
        int name = n.text().indexOf("Dr. Ana Ruiz");
        assertEquals("Dr. Ana Ruiz", n.toOriginal(name, name + 12).of(body));
        int river = n.text().indexOf("The river");
        Span sentence = n.toOriginal(river, n.text().indexOf("agency.") + 7);
        assertEquals("The **river** rose, said [Dr. Ana Ruiz](https://example.org/ruiz) of the_agency.", sentence.of(body));
        assertEquals("The river rose, said Dr. Ana Ruiz of the_agency.", n.readable(sentence));
    }

    @Test
    void treatsSetextUnderlinesAsHeadingsAndKeepsPlainTextAsItIs() {
        NormalizedText md = NormalizedText.of("Results\n=======\nTwo *and* three.", Markup.MARKDOWN);
        assertEquals("Results\n\nTwo and three.", md.text());
        assertTrue(md.isMarkedHeading(0));
        String plain = "## Not markdown **here**";
        NormalizedText p = NormalizedText.of(plain);
        assertEquals(plain, p.text());
        assertFalse(p.isMarkedHeading(0));
        assertEquals(plain, p.readable(new Span(0, plain.length())));
    }

    @Test
    void keepsEveryBodyOffsetInRangeForRandomMarkdown() {
        String[] pieces = {"#", "## ", "*", "**", "_", "[", "](", ")", "x", "word", " ", "\n", "-", "> ", "`", "\\", "!", "\u201C", "\r\n"};
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 500; i++) {
            StringBuilder body = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                body.append(pieces[random.nextInt(pieces.length)]);
            }
            String b = body.toString();
            NormalizedText n = NormalizedText.of(b, Markup.MARKDOWN);
            for (int at = 0; at < n.text().length(); at++) {
                Span s = n.toOriginal(at, at + 1);
                assertTrue(s.end() <= b.length(), b);
                char c = n.text().charAt(at);
                if (Character.isLetter(c)) {
                    assertEquals(String.valueOf(c), s.of(b), b);
                }
            }
        }
    }
}
