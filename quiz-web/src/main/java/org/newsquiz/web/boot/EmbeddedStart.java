package org.newsquiz.web.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import io.quarkus.runtime.StartupEvent;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL starts on its own thread while Quarkus boots, instead of before it: both take seconds, and
 * the application needs the database only once it is started. The first start-up observer waits for the server and
 * then applies the migrations, which Quarkus would otherwise run (before the server is up) while booting.
 */
@ApplicationScoped
public class EmbeddedStart {
    private static final Logger LOG = Logger.getLogger(EmbeddedStart.class);
    private static volatile CompletableFuture<EmbeddedDatabase> starting;
    private static volatile boolean migrateWhenUp;

    /**
     * Starts PostgreSQL on {@code data} in the background, on a port chosen now, and configures the datasource for it;
     * {@code migrate}: apply the migrations once it is up.
     */
    static void begin(Path data, boolean migrate) {
        int port = freePort();
        migrateWhenUp = migrate;
        starting = CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(data, true, port),
                task -> startDaemon(task));
        System.setProperty("quarkus.datasource.jdbc.url", EmbeddedDatabase.jdbcUrl(port));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        System.setProperty("quarkus.flyway.migrate-at-start", "false");
        // Hibernate would ask the server, not up yet, for its metadata while booting; our own PostgreSQL needs no
        // such check (the dialect is fixed at build time).
        System.setProperty("quarkus.hibernate-orm.database.start-offline", "true");
    }

    /** Waits for the server (after Quarkus has stopped) and stops it; nothing when none was started. */
    static void stop() throws IOException {
        if (starting == null) {
            return;
        }
        EmbeddedDatabase database;
        try {
            database = starting.join();
        } catch (CompletionException failed) {
            return; // reported when the application started
        }
        database.close();
    }

    void onStart(@Observes @Priority(1) StartupEvent event, Instance<Flyway> flyway) {
        if (starting == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            starting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LOG.debugf("Waited %d ms for the embedded PostgreSQL", (System.nanoTime() - start) / 1_000_000);
        if (migrateWhenUp) {
            flyway.get().migrate();
        }
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "embedded-postgres");
        thread.setDaemon(true);
        thread.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
        }
    }
}
