package org.newsquiz.web.boot;

import java.nio.file.Path;
import java.util.Map;

/** Where the platform keeps its data: {@code NEWSQUIZ_DATA_DIR}, or {@code ~/.newsquiz} by default. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(Map<String, String> environment) {
        String configured = environment.get("NEWSQUIZ_DATA_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".newsquiz");
    }

    public static Path postgresData(Path dataDirectory) {
        return dataDirectory.resolve("postgres-" + EmbeddedDatabase.POSTGRES_MAJOR);
    }
}
