package org.newsquiz.web.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started from the binaries served on Maven Central, for a laptop or a classroom that has no
 * database server. Its data directory is kept between runs.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    /** Part of the data path: data written by one major version cannot be opened by another. */
    public static final String POSTGRES_MAJOR = "17";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code dataDirectory}, creating it on first use; {@code durable} turns fsync on. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable) {
        return start(dataDirectory, durable, 0);
    }

    /** The same on a given port ({@code 0}: any free one), so that its URL is known before it runs. */
    public static EmbeddedDatabase start(Path dataDirectory, boolean durable, int port) {
        try {
            Files.createDirectories(dataDirectory);
            stopLeftoverServer(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            if (port != 0) {
                builder.setPort(port);
            }
            if (durable) {
                // An answer acknowledged to a student must survive a power cut, not only a restart.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A server left running by an application that was killed outright (kill -9) still holds the data directory;
     * it is asked to shut down (SIGTERM) so that this start can take over the data.
     */
    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(lockFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().orElse("").contains(dataDirectory.toString()));
        if (server.isEmpty()) {
            return; // a stale lock file: PostgreSQL removes it itself
        }
        server.get().destroy();
        try {
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left running in " + dataDirectory, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the PostgreSQL left running in " + dataDirectory + " did not stop", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
