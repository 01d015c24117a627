package org.newsquiz.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started and stopped as an operator would, keeps what students entered across restarts. */
class PackagedAppIT {
    private static final Pattern JOIN_LINK = Pattern.compile("href=\"/join/([A-Z0-9]{6})\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern ANSWERED = Pattern.compile("(\\d+)(?:</span>)? of \\d+ answered");
    private static final Pattern PUBLISHED = Pattern.compile("Content library: (\\d+) new quiz\\(zes\\) published");
    private static final Pattern FIRST_CHOICE = Pattern.compile("type=\"radio\" name=\"(q\\d+)\" value=\"([^\"]+)\"");

    @Test
    void embeddedDatabaseKeepsAnswersAcrossARestartAndStopsCleanlyOnSigterm(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("NEWSQUIZ_DATA_DIR", data.toString());
        String home;
        String attempt;
        String cookie;
        try (PackagedApp app = PackagedApp.start(env, data.resolve("first.log"))) {
            app.awaitLibrary();
            HttpResponse<String> homePage = app.get("/", null);
            home = homePage.body();
            Matcher code = JOIN_LINK.matcher(home);
            assertTrue(code.find(), "the home page lists a published quiz");
            String csrfCookie = cookieNamed(homePage, "newsquiz-csrf");
            HttpResponse<String> joined = app.postForm("/join", "code=" + code.group(1) + "&name=Eve"
                    + "&csrf-token=" + csrfToken(home), csrfCookie);
            assertEquals(303, joined.statusCode());
            attempt = joined.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            cookie = csrfCookie + "; " + cookieNamed(joined, "nq_" + code.group(1));

            String attemptPage = app.get(attempt, cookie).body();
            Matcher choice = FIRST_CHOICE.matcher(attemptPage);
            assertTrue(choice.find(), "the attempt page offers a choice");
            String form = choice.group(1) + "=" + URLEncoder.encode(unescape(choice.group(2)), StandardCharsets.UTF_8)
                    + "&shown=" + choice.group(1).substring(1) + "&action=save&csrf-token=" + csrfToken(attemptPage);
            assertEquals(303, app.postForm(attempt, form, cookie).statusCode());
            assertEquals("1", answeredCount(app.get(attempt, cookie).body()), "one answer saved");
            assertEquals(0, exitCodeIgnoringSignal(app.terminate()));
        }
        Path postgres = data.resolve("postgres-17");
        assertTrue(Files.isDirectory(postgres), "data is kept in NEWSQUIZ_DATA_DIR/postgres-17");
        assertFalse(Files.exists(postgres.resolve("postmaster.pid")), "PostgreSQL was stopped with the app");

        try (PackagedApp app = PackagedApp.start(env, data.resolve("second.log"))) {
            String page = app.get(attempt, cookie).body();
            assertEquals("1", answeredCount(page), "the saved answer is still there after the restart");
            assertTrue(page.contains(" checked>"), "and still chosen on the page");
            assertEquals(count(JOIN_LINK, home), count(JOIN_LINK, app.awaitLibrary()), "nothing is published twice");
            assertFalse(Files.readString(data.resolve("second.log")).contains("Generator models loaded"),
                    "a start with nothing to draft loads no model");
        }
    }

    @Test
    void aKilledApplicationStartsAgainOnItsOwnData(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("NEWSQUIZ_DATA_DIR", data.toString());
        long published;
        try (PackagedApp app = PackagedApp.start(env, data.resolve("killed.log"))) {
            published = count(JOIN_LINK, app.awaitLibrary());
            app.kill();
        }
        assertTrue(Files.exists(data.resolve("postgres-17/postmaster.pid")), "PostgreSQL outlived the killed JVM");
        try (PackagedApp app = PackagedApp.start(env, data.resolve("after-kill.log"))) {
            assertEquals(published, count(JOIN_LINK, app.awaitLibrary()), "same quizzes, none twice");
        }
    }

    @Test
    void anExternalDatabaseIsUsedAndNothingIsStarted(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "NEWSQUIZ_DATA_DIR", data.toString(),
                    "QUARKUS_DATASOURCE_JDBC_URL", external.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres");
            try (PackagedApp app = PackagedApp.start(env, data.resolve("external.log"))) {
                assertTrue(app.get("/q/health/ready", null).body().contains("\"UP\""));
                assertTrue(JOIN_LINK.matcher(app.awaitLibrary()).find());
            }
            assertFalse(Files.exists(data.resolve("postgres-17")), "no embedded PostgreSQL was started");
            try (var connection = external.getPostgresDatabase().getConnection();
                 var result = connection.createStatement().executeQuery("SELECT count(*) FROM quiz")) {
                result.next();
                assertTrue(result.getInt(1) > 0, "the quizzes were stored in the external server");
            }
        }
    }

    @Test
    void replicasStartingTogetherImportTheLibraryOnce(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "NEWSQUIZ_DATA_DIR", data.toString(),
                    "QUARKUS_DATASOURCE_JDBC_URL", external.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres");
            try (PackagedApp first = PackagedApp.launch(env, data.resolve("replica-1.log"));
                 PackagedApp second = PackagedApp.launch(env, data.resolve("replica-2.log"))) {
                first.awaitReady();
                second.awaitReady();
                long listed = count(JOIN_LINK, first.awaitLibrary());
                assertTrue(listed > 0, "the library was published");
                assertEquals(listed, count(JOIN_LINK, second.awaitLibrary()), "both replicas list the same quizzes");
            }
            // The article's unique key would refuse a second import: the lock must make the other replica find it done.
            String logs = Files.readString(data.resolve("replica-1.log"))
                    + Files.readString(data.resolve("replica-2.log"));
            assertFalse(logs.contains("Content library import failed"), "no import was refused or repeated");
            List<Integer> published = PUBLISHED.matcher(logs).results().map(m -> Integer.parseInt(m.group(1))).toList();
            assertEquals(2, published.size(), "each replica looked for new articles once");
            assertTrue(published.contains(0), "one of them found everything published by the other: " + published);
        }
    }

    /** A JVM ended by SIGTERM reports 143 (128 + 15) unless the application exits on its own first. */
    private static int exitCodeIgnoringSignal(int code) {
        return code == 143 ? 0 : code;
    }

    /** {@code name=value} of the cookie {@code name} that the response sets. */
    private static String cookieNamed(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private static String csrfToken(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertTrue(token.find(), "the form carries a CSRF token");
        return URLEncoder.encode(unescape(token.group(1)), StandardCharsets.UTF_8);
    }

    private static String answeredCount(String page) {
        Matcher answered = ANSWERED.matcher(page);
        return answered.find() ? answered.group(1) : "no count on the page";
    }

    /** Option values come HTML-escaped in the page; the form must send the text itself. */
    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }
}
