package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;

/** The JSON API: join, save (idempotent, committed), resume with the token, submit once, and every refusal as JSON. */
@QuarkusTest
class AttemptApiTest {
    @Inject
    QuizFixtures fixtures;

    static JsonPath join(String code, String name) {
        return given().contentType(ContentType.JSON).body(Map.of("code", code, "name", name))
                .post("/api/attempts").then().statusCode(201).extract().jsonPath();
    }

    static int put(String id, String token, long questionId, Object body) {
        return given().contentType(ContentType.JSON).header("X-Attempt-Token", token).body(body)
                .put("/api/attempts/" + id + "/answers/" + questionId).statusCode();
    }

    @Test
    void joinGivesTokenAndQuestionsWithoutAnswers() {
        Quiz quiz = fixtures.publish(q -> q.timeLimitSeconds = 600);
        JsonPath started = join(quiz.code.toLowerCase(), "Ana");
        assertTrue(started.getString("token").length() >= 40);
        assertTrue(started.getString("deadline").matches("\\d{4}-\\d\\d-\\d\\dT.*"), started.getString("deadline"));
        List<Map<String, Object>> questions = started.getList("questions");
        assertEquals(8, questions.size());
        for (Map<String, Object> question : questions) {
            assertTrue(question.keySet().containsAll(List.of("id", "type", "prompt", "options", "items")));
            assertTrue(!question.containsKey("answers") && question.get("feedback") == null, question.toString());
        }
        Map<String, Object> matching = questions.stream().filter(q -> q.get("type").equals("MATCHING")).findFirst()
                .orElseThrow();
        assertEquals(3, ((List<?>) matching.get("items")).size());
    }

    @Test
    void attemptRepliesMayNotBeCached() {
        Quiz quiz = fixtures.publish(q -> { });
        io.restassured.response.Response joined = given().contentType(ContentType.JSON)
                .body(Map.of("code", quiz.code, "name", "Cy")).post("/api/attempts");
        assertEquals("no-store", joined.header("Cache-Control"));
        StoredQuestion mc = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        given().contentType(ContentType.JSON).header("X-Attempt-Token", joined.jsonPath().getString("token"))
                .body(Map.of("answer", List.of("Maria Costa")))
                .put("/api/attempts/" + joined.jsonPath().getString("id") + "/answers/" + mc.id)
                .then().statusCode(204).header("Cache-Control", "no-store");
        given().get("/api/quizzes/public").then().statusCode(200).header("Cache-Control", nullValue());
    }

    @Test
    void savingIsIdempotentAndAFreshRequestWithTheTokenResumes() {
        Quiz quiz = fixtures.publish(q -> { });
        JsonPath started = join(quiz.code, "Ben");
        String id = started.getString("id");
        String token = started.getString("token");
        StoredQuestion mc = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        Map<String, Object> answer = Map.of("answer", List.of("Maria Costa"));
        assertEquals(204, put(id, token, mc.id, answer));
        assertEquals(204, put(id, token, mc.id, answer));
        assertEquals(204, put(id, token, mc.id, Map.of("answer", List.of("Helen Okafor"))));

        JsonPath resumed = given().header("X-Attempt-Token", token).get("/api/attempts/" + id).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("Helen Okafor"), resumed.getList("questions.find { it.id == " + mc.id + " }.saved"));
        assertEquals("IN_PROGRESS", resumed.getString("state"));
        assertEquals(1L, AttemptAnswer.count("key.attemptId", java.util.UUID.fromString(id)));
    }

    @Test
    void tokensAreChecked() {
        Quiz quiz = fixtures.publish(q -> { });
        JsonPath mine = join(quiz.code, "Cleo");
        JsonPath theirs = join(quiz.code, "Dev");
        long question = fixtures.questionsOf(quiz.id).get(0).id;
        Map<String, Object> answer = Map.of("answer", List.of());
        assertEquals(403, put(mine.getString("id"), theirs.getString("token"), question, answer));
        given().contentType(ContentType.JSON).body(answer).put("/api/attempts/" + mine.getString("id")
                + "/answers/" + question).then().statusCode(403).body("status", equalTo(403))
                .body("error", notNullValue());
        given().get("/api/attempts/" + mine.getString("id")).then().statusCode(403);
        given().contentType(ContentType.JSON).post("/api/attempts/" + mine.getString("id") + "/submit").then().statusCode(403);
        given().header("X-Attempt-Token", mine.getString("token")).get("/api/attempts/" + mine.getString("id"))
                .then().statusCode(200).body("token", nullValue());
    }

    @Test
    void badInputIsA4xxWithAJsonMessage() {
        Quiz quiz = fixtures.publish(q -> { });
        Quiz other = fixtures.publish(q -> { });
        JsonPath started = join(quiz.code, "Eve");
        String id = started.getString("id");
        String token = started.getString("token");
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        long mc = QuizFixtures.ofType(questions, QuestionType.MULTIPLE_CHOICE).id;
        long otherQuestion = fixtures.questionsOf(other.id).get(0).id;

        assertEquals(404, put(id, token, otherQuestion, Map.of("answer", List.of("Helen Okafor"))));
        assertEquals(404, put("00000000-0000-0000-0000-000000000000", token, mc, Map.of("answer", List.of())));
        assertEquals(404, put("not-a-uuid", token, mc, Map.of("answer", List.of())));
        assertEquals(400, put(id, token, mc, Map.of("answer", List.of("Not an option"))));
        assertEquals(400, put(id, token, mc, Map.of("answer", List.of("Helen Okafor", "Maria Costa"))));
        assertEquals(400, put(id, token, mc, Map.of("answer", "Helen Okafor")));
        assertEquals(400, put(id, token, mc, Map.of("answer", Map.of("a", 1))));
        assertEquals(400, put(id, token, mc, Map.of()));
        assertEquals(400, put(id, token, QuizFixtures.ofType(questions, QuestionType.NUMERIC).id,
                Map.of("answer", List.of("four"))));
        assertEquals(400, put(id, token, QuizFixtures.ofType(questions, QuestionType.MATCHING).id,
                Map.of("answer", List.of("Work began = March 2023"))));
        expectJsonProblem(given().contentType(ContentType.JSON).header("X-Attempt-Token", token)
                .body("{\"answer\": [\"Helen").put("/api/attempts/" + id + "/answers/" + mc), 400);
        expectJsonProblem(given().contentType(ContentType.JSON).body("{not json").post("/api/attempts"), 400);
        expectJsonProblem(given().contentType(ContentType.TEXT).body("Helen").header("X-Attempt-Token", token)
                .put("/api/attempts/" + id + "/answers/" + mc), 415);
        expectJsonProblem(given().contentType(ContentType.JSON).header("X-Attempt-Token", token)
                .body("{\"answer\": [\"" + "x".repeat(100_000) + "\"]}")
                .put("/api/attempts/" + id + "/answers/" + mc), 413);
        expectJsonProblem(given().contentType(ContentType.JSON).body(Map.of("code", "QQQQQQ", "name", "Eve"))
                .post("/api/attempts"), 404);
        expectJsonProblem(given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", " "))
                .post("/api/attempts"), 400);
        expectJsonProblem(given().get("/api/attempts/" + java.util.UUID.randomUUID()), 404);
    }

    private static void expectJsonProblem(io.restassured.response.Response response, int status) {
        response.then().statusCode(status).contentType(ContentType.JSON).body("status", equalTo(status))
                .body("error", not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    void submittingTwiceGivesTheSameResultAndLaterSavesAreRefused() {
        Quiz quiz = fixtures.publish(q -> { });
        JsonPath started = join(quiz.code, "Finn");
        String id = started.getString("id");
        String token = started.getString("token");
        StoredQuestion tf = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.TRUE_FALSE);
        assertEquals(204, put(id, token, tf.id, Map.of("answer", List.of("True"))));
        String first = given().header("X-Attempt-Token", token).contentType(ContentType.JSON).post("/api/attempts/" + id + "/submit").then()
                .statusCode(200).body("score", equalTo(1.0f)).body("maxScore", equalTo(8.0f))
                .body("state", equalTo("SUBMITTED")).extract().asString();
        String second = given().header("X-Attempt-Token", token).contentType(ContentType.JSON).post("/api/attempts/" + id + "/submit").then()
                .statusCode(200).extract().asString();
        assertEquals(first, second);
        assertEquals(409, put(id, token, tf.id, Map.of("answer", List.of("False"))));
    }

    @Test
    void listedOpenQuizzesArePublic() {
        Quiz listed = fixtures.publish(q -> q.listed = true);
        Quiz unlisted = fixtures.publish(q -> { });
        given().get("/api/quizzes/public").then().statusCode(200)
                .body("code", hasItem(listed.code)).body("code", not(hasItem(unlisted.code)))
                .body("find { it.code == '" + listed.code + "' }.title", equalTo("Riverside Library reopens"));
    }
}
