package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.newsquiz.web.StudentForms;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.FeedbackMode;
import org.newsquiz.web.quiz.Quiz;

/**
 * Before submitting, nothing a student's browser or client receives gives the key away: no explanation, no
 * evidence, no typed answer, no marker of which option is right, on any page or API response of the attempt.
 */
@QuarkusTest
class AnswerKeyLeakTest {
    private static final List<String> CORRECTNESS_MARKERS = List.of("correct", "Right", "verdict", "answers\"",
            "<mark>", "passage", "Why:");

    @Inject
    QuizFixtures fixtures;

    @Test
    void nothingOfTheKeyLeavesTheServerWhileTheAttemptIsInProgress() {
        for (boolean onePerPage : List.of(false, true)) {
            Quiz quiz = fixtures.publish(q -> {
                q.onePerPage = onePerPage;
                q.listed = true;
            });
            List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
            StoredQuestion answered = QuizFixtures.ofType(questions, QuestionType.MULTIPLE_CHOICE);
            List<String> bodies = studentVisibleBodies(quiz, questions.size(), answered);
            for (String body : bodies) {
                assertNoKey(body, questions, null);
            }
        }
    }

    @Test
    void immediateFeedbackRevealsOnlyTheAnsweredQuestion() {
        Quiz quiz = fixtures.publish(q -> q.feedbackMode = FeedbackMode.IMMEDIATE);
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        StoredQuestion answered = QuizFixtures.ofType(questions, QuestionType.MULTIPLE_CHOICE);
        Response joined = given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", "Lea"))
                .post("/api/attempts");
        String id = joined.jsonPath().getString("id");
        String token = joined.jsonPath().getString("token");
        assertEquals(204, AttemptApiTest.put(id, token, answered.id, Map.of("answer", List.of("Maria Costa"))));
        assertEquals(409, AttemptApiTest.put(id, token, answered.id, Map.of("answer", List.of("Helen Okafor"))),
                "an answer shown with its key cannot be changed");
        String page = given().header("X-Attempt-Token", token).get("/attempts/" + id).then().statusCode(200)
                .extract().asString();
        String json = given().header("X-Attempt-Token", token).get("/api/attempts/" + id).then().statusCode(200)
                .extract().asString();
        for (String body : List.of(page, json)) {
            assertTrue(body.contains(answered.explanation), "the answered question's explanation is shown");
            assertNoKey(body, questions, answered);
        }
        assertTrue(page.contains("<mark>" + answered.evidence.get(0).text() + "</mark>"));
    }

    private List<String> studentVisibleBodies(Quiz quiz, int pages, StoredQuestion answered) {
        List<String> bodies = new ArrayList<>();
        bodies.add(given().get("/").asString());
        bodies.add(given().get("/join/" + quiz.code).asString());
        bodies.add(given().get("/api/quizzes/public").asString());
        bodies.add(given().get("/attempt.js").asString());
        Response joined = given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", "Max"))
                .post("/api/attempts");
        bodies.add(joined.asString());
        String id = joined.jsonPath().getString("id");
        String cookie = joined.getCookie("nq_" + quiz.code);
        var asBrowser = given().redirects().follow(false).cookie("nq_" + quiz.code, cookie);
        bodies.add(given().contentType(ContentType.JSON).cookie("nq_" + quiz.code, cookie)
                .body(Map.of("answer", List.of("Maria Costa"))).put("/api/attempts/" + id + "/answers/" + answered.id)
                .then().statusCode(204).extract().asString());
        bodies.add(given().cookie("nq_" + quiz.code, cookie).get("/api/attempts/" + id).asString());
        for (int page = 1; page <= pages; page++) {
            bodies.add(asBrowser.get("/attempts/" + id + "?page=" + page).then().statusCode(200).extract().asString());
        }
        Response saved = StudentForms.form().cookie("nq_" + quiz.code, cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("shown", answered.id).formParam("q" + answered.id, "Sara Brandt")
                .formParam("action", "save").post("/attempts/" + id);
        assertEquals(303, saved.statusCode());
        bodies.add(saved.asString());
        bodies.add(given().redirects().follow(false).cookie("nq_" + quiz.code, cookie)
                .get(saved.header("Location")).asString());
        bodies.add(given().redirects().follow(false).cookie("nq_" + quiz.code, cookie)
                .get("/attempts/" + id + "/result").then().statusCode(303).extract().asString());
        bodies.add(given().header("X-Attempt-Token", "wrong").get("/api/attempts/" + id).asString());
        return bodies;
    }

    /** No key of any question but {@code revealed} is in {@code body}. */
    private static void assertNoKey(String body, List<StoredQuestion> questions, StoredQuestion revealed) {
        for (StoredQuestion question : questions) {
            if (question == revealed) {
                continue;
            }
            assertFalse(body.contains(question.explanation), "explanation of " + question.type + " leaked:\n" + body);
            for (Evidence evidence : question.evidence) {
                assertFalse(body.contains(evidence.text()), "evidence of " + question.type + " leaked:\n" + body);
            }
            if (question.type == QuestionType.FILL_IN_BLANK || question.type == QuestionType.NUMERIC) {
                for (String answer : question.answers) {
                    assertFalse(body.contains(answer), "answer of " + question.type + " leaked:\n" + body);
                }
            }
        }
        if (revealed == null) {
            for (String marker : CORRECTNESS_MARKERS) {
                assertFalse(body.contains(marker), "marker " + marker + " in:\n" + body);
            }
            assertFalse(body.contains(" selected"), "no drop-down is preset before it is answered");
        }
    }
}
