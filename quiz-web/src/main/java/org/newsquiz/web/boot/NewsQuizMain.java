package org.newsquiz.web.boot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

/**
 * Starts the embedded PostgreSQL beside Quarkus when no external database is configured ({@link EmbeddedStart}),
 * and stops it after Quarkus has shut down (also on SIGTERM). With the argument {@code migrate} it only migrates the
 * schema and exits.
 */
@QuarkusMain
public final class NewsQuizMain {
    private static final Logger LOG = Logger.getLogger(NewsQuizMain.class);
    private static final String CDS_ARCHIVE_RUN = "quarkus.appcds.generate";

    private NewsQuizMain() {
    }

    public static void main(String... args) throws Exception {
        boolean migrateOnly = MigrateOnly.requested(args);
        if (migrateOnly) {
            MigrateOnly.configure();
        }
        int exitCode;
        if (Boolean.getBoolean(CDS_ARCHIVE_RUN)) {
            // The build runs the application once to record its classes (AppCDS): no database is needed for that.
            Quarkus.run(args);
            return;
        }
        if (externalDatabaseConfigured(System.getenv())) {
            if (!awaitExternalDatabase(System.getenv())) {
                System.exit(1);
            }
            exitCode = run(migrateOnly, args);
        } else {
            Path data = DataDirectory.postgresData(DataDirectory.resolve(System.getenv()));
            LOG.infof("Starting the embedded PostgreSQL %s with its data in %s", EmbeddedDatabase.POSTGRES_MAJOR, data);
            if (migrateOnly) {
                try (EmbeddedDatabase database = EmbeddedDatabase.start(data, true)) {
                    System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
                    System.setProperty("quarkus.datasource.username", database.username());
                    System.setProperty("quarkus.datasource.password", database.password());
                    exitCode = run(true, args);
                }
            } else {
                String migrate = setting(System.getenv(), "quarkus.flyway.migrate-at-start");
                EmbeddedStart.begin(data, !"false".equalsIgnoreCase(migrate));
                try {
                    exitCode = run(false, args);
                } finally {
                    EmbeddedStart.stop();
                }
            }
        }
        if (migrateOnly) {
            System.exit(exitCode);
        }
    }

    /** Serves until stopped, or with {@code migrate} returns the migration's exit code once the schema is done. */
    private static int run(boolean migrateOnly, String... args) {
        if (!migrateOnly) {
            Quarkus.run(args);
            return 0;
        }
        int[] exitCode = {1};
        Quarkus.run(MigrateOnly.class, (code, failure) -> exitCode[0] = code, args);
        return exitCode[0];
    }

    private static boolean awaitExternalDatabase(Map<String, String> environment) throws InterruptedException {
        return DatabaseWait.awaitConfigured(setting(environment, "quarkus.datasource.jdbc.url"),
                setting(environment, "quarkus.datasource.username"), setting(environment, "quarkus.datasource.password"),
                DatabaseWait.limit(environment));
    }

    /** A system property outranks the environment variable of the same setting, as in the application's config. */
    private static String setting(Map<String, String> environment, String property) {
        String value = System.getProperty(property);
        return value != null ? value : environment.get(property.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"));
    }

    static boolean externalDatabaseConfigured(Map<String, String> environment) {
        String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
        return (url != null && !url.isBlank()) || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }
}
