package org.newsquiz.web.attempt;

import org.newsquiz.web.StudentForms;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.QuizStatus;

/** The quiz's rules, enforced on the server: time limit, attempts per device, opening and closing. */
@QuarkusTest
class QuizRulesTest {
    @Inject
    QuizFixtures fixtures;

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndClosesTheAttempt() throws InterruptedException {
        Quiz quiz = fixtures.publish(q -> q.timeLimitSeconds = 1);
        var started = AttemptApiTest.join(quiz.code, "Gus");
        String id = started.getString("id");
        String token = started.getString("token");
        long tf = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.TRUE_FALSE).id;
        long mc = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE).id;
        assertEquals(204, AttemptApiTest.put(id, token, tf, Map.of("answer", List.of("True"))));
        Thread.sleep(1300);
        given().contentType(ContentType.JSON).header("X-Attempt-Token", token)
                .body(Map.of("answer", List.of("Helen Okafor"))).put("/api/attempts/" + id + "/answers/" + mc)
                .then().statusCode(410).body("error", containsString("time for this attempt is up"));
        Attempt closed = fixtures.attempt(UUID.fromString(id));
        assertEquals(AttemptState.EXPIRED, closed.state);
        assertEquals(1.0, closed.score, 1e-9);
        assertEquals(1L, AttemptAnswer.count("key.attemptId", closed.id), "the late answer was not stored");
        given().header("X-Attempt-Token", token).contentType(ContentType.JSON).post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("EXPIRED")).body("score", equalTo(1.0f));
    }

    @Test
    void attemptsAreCountedPerDeviceAndAnOpenAttemptIsResumed() {
        Quiz quiz = fixtures.publish(q -> q.maxAttempts = 1);
        Response first = given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", "Hana"))
                .post("/api/attempts");
        assertEquals(201, first.statusCode());
        String device = first.getCookie("nq_device");
        String quizCookie = first.getCookie("nq_" + quiz.code);
        assertNotNull(device);
        Response again = given().contentType(ContentType.JSON).cookie("nq_device", device)
                .cookie("nq_" + quiz.code, quizCookie).body(Map.of("code", quiz.code, "name", "Hana"))
                .post("/api/attempts");
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"), "resumed, not restarted");
        assertEquals(true, again.jsonPath().getBoolean("resumed"));
        given().header("X-Attempt-Token", first.jsonPath().getString("token")).contentType(ContentType.JSON)
                .post("/api/attempts/" + first.jsonPath().getString("id") + "/submit").then().statusCode(200);
        given().contentType(ContentType.JSON).cookie("nq_device", device).cookie("nq_" + quiz.code, quizCookie)
                .body(Map.of("code", quiz.code, "name", "Hana")).post("/api/attempts").then().statusCode(409)
                .body("error", containsString("1 attempt(s)"));
        StudentForms.form().cookie("nq_device", device).formParam("code", quiz.code)
                .formParam("name", "Hana").post("/join").then().statusCode(409);
        Response otherDevice = given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", "Hana"))
                .post("/api/attempts");
        assertEquals(201, otherDevice.statusCode(), "another device is counted on its own");
        assertNotEquals(device, otherDevice.getCookie("nq_device"));
    }

    @Test
    void closedAndNotYetOpenQuizzesAreGone() {
        Quiz closed = fixtures.publish(q -> q.status = QuizStatus.CLOSED);
        Quiz later = fixtures.publish(q -> q.opensAt = OffsetDateTime.now().plusDays(1));
        Quiz over = fixtures.publish(q -> q.closesAt = OffsetDateTime.now().minusMinutes(1));
        for (Quiz quiz : List.of(closed, later, over)) {
            given().get("/join/" + quiz.code).then().statusCode(410).contentType(ContentType.HTML)
                    .body(containsString("is not open now"));
            StudentForms.form().formParam("code", quiz.code).formParam("name", "Ida").post("/join")
                    .then().statusCode(410);
            given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", "Ida"))
                    .post("/api/attempts").then().statusCode(410).body("status", equalTo(410));
        }
        given().get("/join/ZZZZZZ").then().statusCode(404).body(containsString("Check the code with your teacher"));
    }

    @Test
    void closingTheQuizStopsAnswersAndTheClosingDateCapsTheDeadline() {
        OffsetDateTime closes = OffsetDateTime.now().plusMinutes(5);
        Quiz quiz = fixtures.publish(q -> {
            q.closesAt = closes;
            q.timeLimitSeconds = 3600;
        });
        var started = AttemptApiTest.join(quiz.code, "Jon");
        Attempt attempt = fixtures.attempt(UUID.fromString(started.getString("id")));
        assertTrue(Math.abs(attempt.deadline.toEpochSecond() - closes.toEpochSecond()) <= 1, "deadline is the closing time");
        fixtures.update(quiz.id, q -> q.status = QuizStatus.CLOSED);
        long tf = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.TRUE_FALSE).id;
        assertEquals(410, AttemptApiTest.put(started.getString("id"), started.getString("token"), tf,
                Map.of("answer", List.of("True"))));
    }
}
