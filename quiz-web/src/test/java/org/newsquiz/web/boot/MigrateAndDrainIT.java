package org.newsquiz.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rollout path of a cluster: the packaged jar's {@code migrate} step creates the schema once and exits; replicas
 * then start without migrating; a replica asked to stop first reports not-ready while it still serves.
 */
class MigrateAndDrainIT {

    @Test
    void migrateStepCreatesTheSchemaAndExitsThenAReplicaStartsWithoutMigratingAndDrainsOnSigterm(@TempDir Path dir)
            throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "NEWSQUIZ_DATA_DIR", dir.toString(),
                    "QUARKUS_DATASOURCE_JDBC_URL", external.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "QUARKUS_FLYWAY_MIGRATE_AT_START", "false"));

            Path migrateLog = dir.resolve("migrate.log");
            assertEquals(0, runToExit(env, migrateLog, "migrate"), "the migrate step succeeds");
            String log = Files.readString(migrateLog);
            assertTrue(log.contains("Database schema migrated"), log);
            assertFalse(log.contains("Listening on: http"), "the migrate step serves nothing");
            try (Connection db = external.getPostgresDatabase().getConnection()) {
                assertEquals(1, single(db, "SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'"));
                assertEquals(0, single(db, "SELECT count(*) FROM quiz"), "the library is left to the replicas");
            }
            assertEquals(0, runToExit(env, dir.resolve("migrate-again.log"), "migrate"), "a second run is a no-op");

            env.put("QUARKUS_SHUTDOWN_DELAY", "3s");
            try (PackagedApp replica = PackagedApp.start(env, dir.resolve("replica.log"))) {
                assertTrue(replica.awaitLibrary().contains("/join/"), "the replica serves the library");
                CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(() -> {
                    try {
                        return replica.terminate();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                int readiness = 200;
                while (readiness == 200 && System.nanoTime() < deadline) {
                    readiness = replica.get("/q/health/ready", null).statusCode();
                }
                assertEquals(503, readiness, "readiness goes DOWN as soon as the stop is requested");
                assertEquals(200, replica.get("/", null).statusCode(), "while pages are still served");
                int exit = stopped.get(60, TimeUnit.SECONDS);
                assertTrue(exit == 0 || exit == 143, "stopped cleanly: " + exit);
            }
            assertFalse(Files.exists(dir.resolve("postgres-17")), "no embedded PostgreSQL was started");
        }
    }

    private static int runToExit(Map<String, String> env, Path log, String... args) throws Exception {
        String jar = System.getProperty("newsquiz.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.command().addAll(java.util.List.of(args));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after 120 s: " + Files.readString(log));
        }
        return process.exitValue();
    }

    private static long single(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
