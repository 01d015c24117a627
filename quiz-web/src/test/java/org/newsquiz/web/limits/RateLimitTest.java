package org.newsquiz.web.limits;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.attempt.QuizFixtures;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * Joins are limited per client address (from X-Forwarded-For, which the tests' configuration trusts) and answer
 * saves per attempt, each with the configured capacity; beyond it the answer is 429 with Retry-After and a message,
 * while other addresses and other attempts go on.
 */
@QuarkusTest
class RateLimitTest {
    @Inject
    RateLimitConfig limits;
    @Inject
    QuizFixtures quizzes;

    /** Sends until the first 429, at most three capacities; returns how many went through before it. */
    private static int untilRefused(Supplier<Response> send, int capacity, List<Response> refused) {
        for (int sent = 0; sent < 3 * capacity; sent++) {
            Response response = send.get();
            if (response.statusCode() == 429) {
                refused.add(response);
                return sent;
            }
        }
        throw new AssertionError("no 429 after " + 3 * capacity + " requests");
    }

    @Test
    void joinsFromOneAddressAreLimitedAndOtherAddressesAreNot() {
        int capacity = limits.join().capacity();
        String flooder = "198.51.100.17";
        List<Response> refused = new java.util.ArrayList<>();
        int accepted = untilRefused(() -> given().header("X-Forwarded-For", flooder).contentType(ContentType.JSON)
                .body(Map.of("code", "NOSUCH", "name", "Flood")).post("/api/attempts"), capacity, refused);
        assertTrue(accepted >= capacity, accepted + " joins before the first refusal, capacity " + capacity);
        Response json = refused.get(0);
        assertEquals("application/json", json.contentType());
        assertEquals(429, json.jsonPath().getInt("status"));
        assertTrue(json.jsonPath().getString("error").contains("wait"), json.asString());
        assertTrue(Integer.parseInt(json.header("Retry-After")) >= 1, json.header("Retry-After"));

        // The bucket refills meanwhile, slower than these posts spend it: the page form meets the limit soon.
        List<Response> refusedPages = new java.util.ArrayList<>();
        untilRefused(formPost("/join", "X-Forwarded-For", flooder, Map.of("code", "NOSUCH", "name", "Flood")), 20,
                refusedPages);
        Response page = refusedPages.get(0);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.asString().contains("class=\"problem\""), page.asString());
        assertTrue(Integer.parseInt(page.header("Retry-After")) >= 1);

        given().header("X-Forwarded-For", "198.51.100.18").contentType(ContentType.JSON)
                .body(Map.of("code", "NOSUCH", "name", "Other")).post("/api/attempts").then().statusCode(404);
    }

    @Test
    void joinPagesFromOneAddressAreLimitedToo() {
        List<Response> refused = new java.util.ArrayList<>();
        int opened = untilRefused(() -> given().header("X-Forwarded-For", "198.51.100.19").get("/join/NOSUCH"),
                limits.join().capacity(), refused);
        assertTrue(opened >= limits.join().capacity(), opened + " join pages before the first refusal");
        assertTrue(Integer.parseInt(refused.get(0).header("Retry-After")) >= 1);
        given().header("X-Forwarded-For", "198.51.100.20").get("/join/NOSUCH").then().statusCode(404);
    }

    @Test
    void answerSavesAreLimitedPerAttempt() {
        Quiz quiz = quizzes.publish(q -> { });
        long question = quizzes.questionsOf(quiz.id).stream()
                .filter(q -> q.type == org.newsquiz.core.question.QuestionType.MULTIPLE_CHOICE).findFirst().orElseThrow().id;
        JsonPath busy = join(quiz.code, "Busy");
        JsonPath calm = join(quiz.code, "Calm");
        int capacity = limits.answer().capacity();
        List<Response> refused = new java.util.ArrayList<>();
        int saved = untilRefused(() -> save(busy, question), capacity, refused);
        assertTrue(saved >= capacity, saved + " saves before the first refusal, capacity " + capacity);
        Response tooMany = refused.get(0);
        assertEquals(429, tooMany.jsonPath().getInt("status"));
        assertTrue(Integer.parseInt(tooMany.header("Retry-After")) >= 1);

        List<Response> refusedForms = new java.util.ArrayList<>();
        untilRefused(formPost("/attempts/" + busy.getString("id"), "X-Attempt-Token", busy.getString("token"),
                Map.of("shown", question, "q" + question, "Helen Okafor")), 20, refusedForms);
        assertTrue(refusedForms.get(0).contentType().startsWith("text/html"), "the page's form posts share the limit");
        assertEquals(204, save(calm, question).statusCode(), "another attempt is not limited");
    }

    /** Posts of a page's form, as fast as a script can send them: the CSRF cookie and token are fetched once. */
    private static Supplier<Response> formPost(String path, String header, String value, Map<String, Object> fields) {
        Response home = given().get("/");
        String csrfCookie = home.getCookie("newsquiz-csrf");
        String csrfToken = TestTeachers.Browser.csrfToken(home.asString());
        return () -> given().redirects().follow(false).header(header, value).cookie("newsquiz-csrf", csrfCookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrfToken)
                .formParams(fields).post(path);
    }

    private static JsonPath join(String code, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code, "name", name)).post("/api/attempts")
                .then().statusCode(201).extract().jsonPath();
    }

    private static Response save(JsonPath attempt, long question) {
        return given().contentType(ContentType.JSON).header("X-Attempt-Token", attempt.getString("token"))
                .body(Map.of("answer", List.of("Helen Okafor")))
                .put("/api/attempts/" + attempt.getString("id") + "/answers/" + question);
    }
}
