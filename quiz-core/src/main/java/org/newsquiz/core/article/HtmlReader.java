package org.newsquiz.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page's main text: the {@code <article>}, else {@code <main>}, else the body, without
 * navigation, page furniture, scripts and forms. The title comes from the first {@code <h1>}, else
 * {@code <title>}; the body holds one paragraph or heading per line, with a blank line between.
 */
public final class HtmlReader implements ArticleReader {
    private static final String DROPPED = "nav, header, footer, aside, script, style, form, noscript, template, iframe, svg, button";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "dl", "dt", "dd", "address", "hr",
            "article", "main", "body");

    @Override
    public Article read(String text) {
        if (text == null || text.isBlank()) {
            throw new UnusableArticleException("the article is empty");
        }
        Document page = Jsoup.parse(text);
        page.select(DROPPED).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main");
        }
        if (root == null) {
            root = page.body();
        }
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        String title = h1 != null ? squash(h1.text()) : squash(page.title());
        if (h1 != null) {
            h1.remove();
        }
        String body = String.join("\n\n", blocks(root));
        if (body.isBlank()) {
            throw new UnusableArticleException("found no text in the HTML page");
        }
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang").strip();
        return new Article(title, body, meta(page, "meta[property=og:site_name]", "meta[name=source]"),
                firstNonBlank(meta(page, "meta[property=article:published_time]", "meta[name=date]"), timeOf(root)),
                lang.isEmpty() ? "en" : lang, licence(page));
    }

    /** The text of each block element on its own, in document order. */
    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("br"))) {
                    flush(current, out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String line = squash(current.toString());
        if (!line.isEmpty()) {
            out.add(line);
        }
        current.setLength(0);
    }

    /** Collapses runs of HTML whitespace as a browser does; non-breaking spaces stay. */
    private static String squash(String s) {
        return s.replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }

    private static String meta(Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    private static String timeOf(Element root) {
        Element time = root.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime").strip();
    }

    private static String licence(Document page) {
        Element link = page.selectFirst("link[rel=license], a[rel=license]");
        if (link != null && !link.attr("href").isBlank()) {
            return link.attr("href").strip();
        }
        return meta(page, "meta[name=license]", "meta[name=licence]");
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
