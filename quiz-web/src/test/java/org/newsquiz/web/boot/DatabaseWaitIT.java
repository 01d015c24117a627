package org.newsquiz.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started while its PostgreSQL is down waits for it, saying so in the log, instead of exiting;
 * once the database is up it migrates, starts and becomes ready.
 */
class DatabaseWaitIT {

    @Test
    void anInstanceStartedBeforeItsDatabaseWaitsForItAndThenBecomesReady(@TempDir Path dir) throws Exception {
        int databasePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        Path log = dir.resolve("app.log");
        Map<String, String> env = Map.of(
                "NEWSQUIZ_DATA_DIR", dir.toString(),
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "NEWSQUIZ_DATABASE_WAIT", "5m",
                "NEWSQUIZ_LIBRARY_IMPORT_AT_START", "false");
        try (PackagedApp app = PackagedApp.launch(env, log)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("Waiting for the database at localhost:" + databasePort)) {
                assertTrue(app.alive(), "the application exited:\n" + Files.readString(log));
                assertTrue(System.nanoTime() < deadline, "no waiting line in the log:\n" + Files.readString(log));
                Thread.sleep(250);
            }
            Thread.sleep(5_000);
            assertTrue(app.alive(), "the application gave up while waiting:\n" + Files.readString(log));

            try (EmbeddedPostgres database = EmbeddedPostgres.builder().setPort(databasePort).start()) {
                app.awaitReady();
                String text = Files.readString(log);
                assertTrue(text.contains("The database at localhost:" + databasePort + "/postgres answers after"), text);
                assertEquals(200, app.get("/", null).statusCode());
                try (var connection = database.getPostgresDatabase().getConnection();
                     var result = connection.createStatement()
                             .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                    result.next();
                    assertTrue(result.getInt(1) >= 3, "the schema was migrated once the database was up");
                }
                int exit = app.terminate();
                assertTrue(exit == 0 || exit == 143, "stops on SIGTERM like any start: " + exit);
            }
        }
    }
}
