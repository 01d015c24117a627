package org.newsquiz.web.generation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/** Drafting for several articles as a background batch whose progress lives in the database. */
@QuarkusTest
class BatchGenerationTest {
    private static final long WAIT_MILLIS = 180_000;

    @Inject
    TestTeachers teachers;
    @Inject
    BatchRunner runner;

    static String libraryText(String file) throws IOException {
        try (InputStream in = BatchGenerationTest.class.getClassLoader().getResourceAsStream("articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static long addArticle(Teacher teacher, String text, String fileName) {
        return TestTeachers.api(teacher).body(Map.of("text", text, "fileName", fileName)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Follows the batch until it is done; fails if it is still running after a generous wait on a busy machine. */
    static JsonPath awaitDone(Teacher teacher, String location) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            JsonPath progress = TestTeachers.api(teacher).get(location).then().statusCode(200).extract().jsonPath();
            if ("DONE".equals(progress.getString("status"))) {
                return progress;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("batch still running: " + progress.prettify());
            }
            Thread.sleep(250);
        }
    }

    static int storedDrafts(Teacher teacher, long articleId) {
        return TestTeachers.api(teacher).get("/api/articles/" + articleId + "/questions").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
    }

    @Test
    void aBatchDraftsEveryUsableArticleAndExplainsTheOneItCannotUse() throws Exception {
        Teacher owner = teachers.teacher("batch-api@school.test");
        long cup = addArticle(owner, libraryText("001_sport_cup_final.txt"), "cup.txt");
        long unusable = addArticle(owner, "ok", "note.txt");
        long bridge = addArticle(owner, libraryText("005_local_footbridge_vote.txt"), "bridge.txt");

        Response accepted = TestTeachers.api(owner).body(Map.of("articleIds", List.of(cup, unusable, bridge, cup)))
                .post("/api/articles/generate");
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String location = accepted.header("Location");
        assertTrue(location.matches(".*/api/articles/batches/\\d+"), location);
        accepted.then().body("total", equalTo(3)).body("articles.articleId", equalTo(List.of((int) cup,
                (int) unusable, (int) bridge)));

        JsonPath done = awaitDone(owner, location);
        assertEquals(List.of("DONE", "FAILED", "DONE"), done.getList("articles.status"));
        assertEquals(3, done.getInt("finished"));
        assertEquals(1, done.getInt("failed"));
        int cupDrafts = storedDrafts(owner, cup);
        int bridgeDrafts = storedDrafts(owner, bridge);
        assertTrue(cupDrafts >= 3 && bridgeDrafts >= 3, cupDrafts + " and " + bridgeDrafts + " drafts");
        assertEquals(cupDrafts, done.getInt("articles[0].questionCount"));
        assertEquals(0, done.getInt("articles[1].questionCount"));
        assertEquals(0, storedDrafts(owner, unusable));
        assertEquals(bridgeDrafts, done.getInt("articles[2].questionCount"));
        assertEquals(cupDrafts + bridgeDrafts, done.getInt("questions"));
        assertTrue(done.getString("articles[1].error").startsWith("No questions could be drafted: "),
                done.getString("articles[1].error"));
        assertEquals(null, done.getString("articles[0].error"));

        // Drafting again adds nothing new: the drafts are already there.
        String again = TestTeachers.api(owner).body(Map.of("articleIds", List.of(cup)))
                .post("/api/articles/generate").then().statusCode(202).extract().header("Location");
        JsonPath repeat = awaitDone(owner, again);
        assertEquals(0, repeat.getInt("articles[0].questionCount"));
        assertEquals(cupDrafts, storedDrafts(owner, cup));

        Teacher other = teachers.teacher("batch-other@school.test");
        TestTeachers.api(other).get(location).then().statusCode(403).body("error", containsString("another teacher"));
        Teacher admin = teachers.ensure("batch-admin@school.test", Teacher.Role.ADMIN);
        TestTeachers.api(admin).get(location).then().statusCode(200).body("questions", equalTo(cupDrafts + bridgeDrafts));
        given().redirects().follow(false).get(location).then().statusCode(401);
    }

    @Test
    void badBatchRequestsAreRefusedWithAMessage() {
        Teacher owner = teachers.teacher("batch-bad@school.test");
        Teacher other = teachers.teacher("batch-bad-other@school.test");
        long othersArticle = addArticle(other, "The town fair opened on Sunday with 300 stalls.", "fair.txt");
        String post = "/api/articles/generate";

        TestTeachers.api(owner).body(Map.of("articleIds", List.of())).post(post).then().statusCode(400)
                .body("error", containsString("at least one article"));
        TestTeachers.api(owner).body("{}").post(post).then().statusCode(400)
                .body("error", containsString("at least one article"));
        TestTeachers.api(owner).post(post).then().statusCode(400).body("error", containsString("articleIds"));
        TestTeachers.api(owner).body("{\"articleIds\": [\"seven\"]}").post(post).then().statusCode(400)
                .body("status", equalTo(400));
        TestTeachers.api(owner).body("{\"articleIds\": [null]}").post(post).then().statusCode(400)
                .body("error", containsString("must be a number"));
        TestTeachers.api(owner).body(Map.of("articleIds", List.of(999_999_999L))).post(post).then().statusCode(404)
                .body("error", containsString("no article 999999999"));
        TestTeachers.api(owner).body(Map.of("articleIds", List.of(othersArticle))).post(post).then().statusCode(403)
                .body("error", containsString("another teacher"));
        List<Long> tooMany = LongStream.rangeClosed(1, BatchService.MAX_ARTICLES + 1).boxed().toList();
        TestTeachers.api(owner).body(Map.of("articleIds", tooMany)).post(post).then().statusCode(400)
                .body("error", containsString("at most " + BatchService.MAX_ARTICLES));
        TestTeachers.api(owner).get("/api/articles/batches/999999999").then().statusCode(404)
                .body("error", containsString("no drafting batch"));
        given().redirects().follow(false).contentType(ContentType.JSON).body(Map.of("articleIds", List.of(1)))
                .post(post).then().statusCode(401);
    }

    @Test
    void thePageShowsProgressWhileRunningAndQueuedWorkResumes() throws Exception {
        Teacher owner = teachers.teacher("batch-resume@school.test");
        long cup = addArticle(owner, libraryText("001_sport_cup_final.txt"), "cup.txt");
        long drought = addArticle(owner, libraryText("008_environment_algarve_drought.txt"), "drought.txt");
        // State as a replica that stopped mid-batch leaves it: one article claimed long ago, one still queued.
        long batchId = QuarkusTransaction.requiringNew().call(() -> {
            GenerationBatch batch = new GenerationBatch();
            batch.ownerId = owner.id;
            batch.persist();
            item(batch.id, cup, 0, GenerationStatus.RUNNING, OffsetDateTime.now().minusHours(1));
            item(batch.id, drought, 1, GenerationStatus.QUEUED, null);
            return batch.id;
        });
        String page = "/teacher/batches/" + batchId;
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        String running = browser.page(page);
        assertTrue(running.contains("<meta http-equiv=\"refresh\""), "refreshes while running");
        assertTrue(running.contains("0 of 2 articles done"), running);
        assertTrue(running.contains("<progress max=\"2\" value=\"0\""), running);
        assertTrue(running.contains("drafting…") && running.contains("waiting"), running);
        TestTeachers.api(owner).get("/api/articles/batches/" + batchId).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("finished", equalTo(0)).body("total", equalTo(2));

        runner.resumeQueued();
        JsonPath done = awaitDone(owner, "/api/articles/batches/" + batchId);
        assertEquals(List.of("DONE", "DONE"), done.getList("articles.status"));
        assertEquals(storedDrafts(owner, cup), done.getInt("articles[0].questionCount"));
        assertEquals(storedDrafts(owner, drought), done.getInt("articles[1].questionCount"));

        String finished = browser.page(page);
        assertFalse(finished.contains("http-equiv=\"refresh\""), "no refresh once done");
        assertTrue(finished.contains("2 of 2 articles done"), finished);
        assertTrue(finished.contains("<progress max=\"2\" value=\"2\""), finished);
        assertTrue(finished.contains("href=\"/teacher/articles/" + cup + "/review\""), finished);
        TestTeachers.signIn(teachers.teacher("batch-resume-other@school.test")).request().get(page).then()
                .statusCode(403);
        browser.request().get("/teacher/batches/999999999").then().statusCode(404);
    }

    @Test
    void theLibraryFormQueuesTheTickedArticlesAndShowsTheBatchPage() throws Exception {
        Teacher owner = teachers.teacher("batch-form@school.test");
        long museum = addArticle(owner, libraryText("007_culture_textile_museum.md"), "museum.md");
        long unusable = addArticle(owner, "ok", "note.txt");
        TestTeachers.Browser browser = TestTeachers.signIn(owner);

        browser.request().contentType("application/x-www-form-urlencoded").formParam("article", museum)
                .post("/teacher/articles/generate").then().statusCode(400);
        browser.form("/teacher").post("/teacher/articles/generate").then().statusCode(400)
                .body(containsString("Tick at least one article"));
        Response queued = browser.form("/teacher").formParam("article", museum).formParam("article", unusable)
                .post("/teacher/articles/generate");
        assertEquals(303, queued.statusCode(), queued.asString());
        String page = queued.header("Location");
        assertTrue(page.matches(".*/teacher/batches/\\d+"), page);

        String html = browser.page(page);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (html.contains("http-equiv=\"refresh\"") && System.currentTimeMillis() < deadline) {
            assertTrue(html.matches("(?s).*[01] of 2 articles done.*"), html);
            Thread.sleep(250);
            html = browser.page(page);
        }
        assertTrue(html.contains("2 of 2 articles done</strong>, 1 failed"), html);
        assertTrue(html.contains("No questions could be drafted: "), html);
        assertTrue(html.contains(storedDrafts(owner, museum) + " new draft(s) so far"), html);
        assertTrue(browser.page("/teacher/articles/" + museum + "/review").contains("state-DRAFT"));
        assertTrue(storedDrafts(owner, museum) > 0);
        assertFalse(html.contains("<script"), "no script needed");
        given().redirects().follow(false).get(page).then().statusCode(302).header("Location", endsWith("/login"));
    }

    private static void item(long batchId, long articleId, int position, GenerationStatus status,
            OffsetDateTime startedAt) {
        GenerationItem item = new GenerationItem();
        item.batchId = batchId;
        item.articleId = articleId;
        item.position = position;
        item.status = status;
        item.startedAt = startedAt;
        item.persist();
    }
}
