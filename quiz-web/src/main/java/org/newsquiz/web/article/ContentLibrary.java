package org.newsquiz.web.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;

/** The articles of the content module, listed in {@code articles/index.tsv} on the classpath. */
@ApplicationScoped
public class ContentLibrary {
    private static final String INDEX = "articles/index.tsv";

    /** One library article: its file name (the key) and the title to use when the file has none. */
    public record Entry(String fileName, String title) {
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String line : read(INDEX).split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 2);
            entries.add(new Entry(columns[0].strip(), columns.length > 1 ? columns[1].strip() : ""));
        }
        return entries;
    }

    public String text(Entry entry) {
        return read("articles/" + entry.fileName());
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("content library resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
