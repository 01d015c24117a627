package org.newsquiz.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.newsquiz.core.article.Article;

/** The seed article of the content library, read from the classpath. */
public final class SeedArticle {
    public static final String FILE = "000_dc5d9eb8090fe75b.txt";

    private SeedArticle() {
    }

    public static String body() {
        return read("articles/" + FILE);
    }

    public static Article article() {
        return Article.of("", body());
    }

    public static String read(String resource) {
        try (InputStream in = SeedArticle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
