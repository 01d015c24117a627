package org.newsquiz.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.text.Markup;

class HtmlReaderTest {
    static final Article MEASLES = ArticleReaders.read("004_health_measles_campaign.html",
            LibraryText.of("004_health_measles_campaign.html"));

    @Test
    void takesTheTitleFromTheHeadingAndTheTextFromTheArticle() {
        assertEquals("Lyon measles campaign reaches 18,400 children in four weeks", MEASLES.title());
        assertEquals("en", MEASLES.language());
        assertEquals(Markup.PLAIN, MEASLES.markup());
        assertTrue(MEASLES.body().startsWith("A catch-up vaccination campaign against measles in the Lyon area has given 18,400 doses"));
        assertTrue(MEASLES.body().endsWith("depend on the people around them being immune, Marchand added."));
        assertTrue(MEASLES.body().contains("\u201CWe have turned the curve, but we have not beaten the virus,\u201D said Dr. Camille Marchand"));
    }

    @Test
    void putsHeadingsOnTheirOwnLinesAndLeavesNoMarkupOrPageFurniture() {
        List<String> lines = MEASLES.body().lines().filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.contains("Schools and pharmacies"));
        assertTrue(lines.contains("Lessons from 2019"));
        assertEquals(14, lines.size());
        for (String banned : List.of("<", ">", "&copy;", "&amp;", "Home", "Contact us", "Privacy", "NewsQuiz sample news", "\u00A9")) {
            assertFalse(MEASLES.body().contains(banned), banned);
        }
        assertFalse(MEASLES.body().contains("\n\n\n"));
    }

    @Test
    void fallsBackToMainOrBodyAndToTheTitleElement() {
        String page = "<html lang=\"en-GB\"><head><title>Flood warning | Daily</title>"
                + "<meta property=\"article:published_time\" content=\"2026-01-05\"><link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"></head>"
                + "<body><nav>Menu</nav><main><p>Rivers rose <b>overnight</b> in <a href=\"/york\">York</a>.</p>"
                + "<h3>Roads</h3><p>Two roads closed.<br>Buses were diverted.</p><script>var x = 1;</script></main>"
                + "<aside>Most read</aside></body></html>";
        Article a = new HtmlReader().read(page);
        assertEquals("Flood warning | Daily", a.title());
        assertEquals("Rivers rose overnight in York.\n\nRoads\n\nTwo roads closed.\n\nBuses were diverted.", a.body());
        assertEquals("en-GB", a.language());
        assertEquals("2026-01-05", a.date());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", a.licence());
    }

    @Test
    void refusesPagesWithoutText() {
        UnusableArticleException e = assertThrows(UnusableArticleException.class,
                () -> new HtmlReader().read("<html><body><nav>Home</nav><script>x()</script></body></html>"));
        assertEquals("found no text in the HTML page", e.getMessage());
        assertThrows(UnusableArticleException.class, () -> new HtmlReader().read("  "));
    }
}
