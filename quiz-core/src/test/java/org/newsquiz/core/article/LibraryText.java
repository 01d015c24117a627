package org.newsquiz.core.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads an article file of the content library from the classpath. */
final class LibraryText {
    private LibraryText() {
    }

    static String of(String fileName) {
        try (InputStream in = LibraryText.class.getClassLoader().getResourceAsStream("articles/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
