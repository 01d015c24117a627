package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;

/**
 * Saving an answer tells a stranger nothing about a question: without the attempt (or its token) every answer,
 * one of the options or not, well formed or not, gets the same refusal, before the answer is looked at.
 */
@QuarkusTest
class AnswerOracleTest {
    @Inject
    QuizFixtures fixtures;

    @Test
    void anUnknownAttemptIs404WhateverTheAnswer() {
        Quiz quiz = fixtures.publish(q -> { });
        StoredQuestion choice = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        String unknown = UUID.randomUUID().toString();
        List<Object> answers = List.of(List.of("Helen Okafor"), List.of("Nobody at all"),
                List.of("Helen Okafor", "Maria Costa"));
        for (boolean warm : List.of(false, true)) {
            for (Object answer : answers) {
                Response refused = put(unknown, null, choice.id, answer);
                assertEquals(404, refused.statusCode(), answer + ": " + refused.asString());
                assertEquals("There is no such attempt.", refused.jsonPath().getString("error"), answer.toString());
            }
            if (!warm) {
                AttemptApiTest.join(quiz.code, "Warms the question cache");
            }
        }
        Response noQuestion = put(unknown, null, 987654321L, List.of("x"));
        assertEquals(404, noQuestion.statusCode());
        assertEquals("There is no such attempt.", noQuestion.jsonPath().getString("error"));
    }

    @Test
    void aWrongTokenIs403WhateverTheAnswer() {
        Quiz quiz = fixtures.publish(q -> { });
        StoredQuestion choice = QuizFixtures.ofType(fixtures.questionsOf(quiz.id), QuestionType.MULTIPLE_CHOICE);
        String id = AttemptApiTest.join(quiz.code, "Ivo").getString("id");
        for (Object answer : List.of(List.of("Helen Okafor"), List.of("Nobody at all"), List.of("a", "b"))) {
            Response refused = put(id, "forged", choice.id, answer);
            assertEquals(403, refused.statusCode(), answer + ": " + refused.asString());
        }
    }

    @Test
    void aQuestionOfAnotherQuizIs404EvenForTheHolder() {
        Quiz quiz = fixtures.publish(q -> { });
        Quiz other = fixtures.publish(q -> { });
        StoredQuestion foreign = QuizFixtures.ofType(fixtures.questionsOf(other.id), QuestionType.MULTIPLE_CHOICE);
        var joined = AttemptApiTest.join(quiz.code, "Ola");
        AttemptApiTest.join(other.code, "Warms the question cache");
        for (Object answer : List.of(List.of("Helen Okafor"), List.of("Nobody at all"))) {
            Response refused = put(joined.getString("id"), joined.getString("token"), foreign.id, answer);
            assertEquals(404, refused.statusCode(), answer + ": " + refused.asString());
        }
    }

    private static Response put(String id, String token, long questionId, Object answer) {
        var request = given().contentType(ContentType.JSON).body(Map.of("answer", answer));
        if (token != null) {
            request.header("X-Attempt-Token", token);
        }
        return request.put("/api/attempts/" + id + "/answers/" + questionId);
    }
}
