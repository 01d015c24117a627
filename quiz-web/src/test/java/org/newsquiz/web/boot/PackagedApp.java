package org.newsquiz.web.boot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged application ({@code quarkus-run.jar}) as an operator runs it: a separate JVM on a free port. */
final class PackagedApp implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    final int port;

    private PackagedApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PackagedApp start(Map<String, String> environment, Path log) throws Exception {
        PackagedApp app = launch(environment, log);
        app.awaitReady();
        return app;
    }

    /** Starts the process without waiting for it to be ready. */
    static PackagedApp launch(Map<String, String> environment, Path log) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String jar = System.getProperty("newsquiz.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new PackagedApp(builder.start(), port);
    }

    boolean alive() {
        return process.isAlive();
    }

    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue());
            }
            try {
                if (get("/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become ready within 300 s");
    }

    /** Waits until the content library, prepared in the background after ready, is done; returns the home page. */
    String awaitLibrary() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            String home = get("/", null).body();
            if (!home.contains("The quiz library is being prepared")) {
                return home;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the content library was not prepared within 300 s");
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Sends SIGTERM, as an init system or {@code docker stop} does, and returns the exit code. */
    int terminate() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the application did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Ends the JVM at once (SIGKILL), as a crash or an out-of-memory killer would; PostgreSQL is left running. */
    void kill() throws Exception {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            terminate();
        }
    }
}
