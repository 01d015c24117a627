package org.newsquiz.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsquiz.core.text.Markup;

class MarkdownReaderTest {
    @Test
    void readsTheFrontMatterAndKeepsTheBodyAsGiven() {
        String file = LibraryText.of("002_science_asteroid_clay.md");
        Article a = ArticleReaders.read("002_science_asteroid_clay.md", file);
        assertEquals("European probe finds signs of ancient water on a near-Earth asteroid", a.title());
        assertEquals("NewsQuiz sample", a.source());
        assertEquals("2026-03-12", a.date());
        assertEquals("en", a.language());
        assertEquals("CC BY 4.0", a.licence());
        assertEquals(Markup.MARKDOWN, a.markup());
        assertTrue(a.body().startsWith("The European Space Agency\u2019s Aurelia probe has found clay minerals"));
        assertTrue(file.endsWith(a.body()));
        assertEquals(file.indexOf("---\nThe European") + 4, file.length() - a.body().length());
    }

    @Test
    void readsTheTextileMuseumArticle() {
        Article a = ArticleReaders.read("007_culture_textile_museum.md", LibraryText.of("007_culture_textile_museum.md"));
        assertEquals("Ghent textile museum reopens after four-year renovation", a.title());
        assertEquals("2026-04-20", a.date());
        assertTrue(a.body().startsWith("The Riverside Textile Museum in Ghent reopened"));
        assertTrue(a.body().contains("\n## A tapestry returns\n"));
    }

    @Test
    void takesTheTitleFromTheFirstHeadingWithoutFrontMatter() {
        Article a = new MarkdownReader().read("# Council votes on bridge\n\nThe council voted on Monday.\n");
        assertEquals("Council votes on bridge", a.title());
        assertEquals("# Council votes on bridge\n\nThe council voted on Monday.\n", a.body());
        assertEquals("en", a.language());
        assertEquals(null, a.source());
    }

    @Test
    void unquotesValuesAndAcceptsWindowsLineEnds() {
        Article a = new MarkdownReader().read("---\r\ntitle: \"Storm: the aftermath\"\r\nlicense: CC0\r\n---\r\nBody text.\r\n");
        assertEquals("Storm: the aftermath", a.title());
        assertEquals("CC0", a.licence());
        assertEquals("Body text.\r\n", a.body());
    }

    @Test
    void refusesUnclosedOrMalformedFrontMatterAndEmptyBodies() {
        UnusableArticleException open = assertThrows(UnusableArticleException.class,
                () -> new MarkdownReader().read("---\ntitle: x\n"));
        assertEquals("the front matter has no closing --- line", open.getMessage());
        UnusableArticleException bad = assertThrows(UnusableArticleException.class,
                () -> new MarkdownReader().read("---\ntitle: x\nno colon here\n---\nBody."));
        assertEquals("front matter line 3 is not \"key: value\"", bad.getMessage());
        assertThrows(UnusableArticleException.class, () -> new MarkdownReader().read("---\ntitle: x\n---\n \n"));
        assertThrows(UnusableArticleException.class, () -> new MarkdownReader().read(" \n"));
        assertFalse(open.getMessage().contains("\n"));
    }

    @Test
    void picksTheReaderByFileName() {
        assertInstanceOf(MarkdownReader.class, ArticleReaders.forFileName("a.MD"));
        assertInstanceOf(MarkdownReader.class, ArticleReaders.forFileName("a.markdown"));
        assertInstanceOf(HtmlReader.class, ArticleReaders.forFileName("page.htm"));
        assertInstanceOf(HtmlReader.class, ArticleReaders.forFileName("page.html"));
        assertInstanceOf(PlainTextReader.class, ArticleReaders.forFileName("a.txt"));
        assertInstanceOf(PlainTextReader.class, ArticleReaders.forFileName(null));
    }
}
