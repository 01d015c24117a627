package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
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

/** Every question type graded on the server through the API, with partial credit, and the review that follows. */
@QuarkusTest
class GradingApiTest {
    @Inject
    QuizFixtures fixtures;

    @Test
    void everyTypeIsGradedAndReviewedWithItsSourcePassage() {
        Quiz quiz = fixtures.publish(q -> { });
        JsonPath started = AttemptApiTest.join(quiz.code, "Kai");
        String id = started.getString("id");
        String token = started.getString("token");
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        Map<QuestionType, List<String>> responses = Map.of(
                QuestionType.MULTIPLE_CHOICE, List.of("Maria Costa"),
                QuestionType.MULTIPLE_RESPONSE, List.of("a rooftop garden", "a music room"),
                QuestionType.TRUE_FALSE, List.of("True"),
                QuestionType.FILL_IN_BLANK, List.of("  LINDQVÍST "),
                QuestionType.MATCHING, List.of("Work began → March 2023", "The roof was replaced → June 2024",
                        "The shelves returned → autumn 2023"),
                QuestionType.ORDERING, List.of("the shelves returned", "the roof was replaced", "work began"),
                QuestionType.NUMERIC, List.of("4.39"),
                QuestionType.QUOTE_ATTRIBUTION, List.of("Helen Okafor"));
        Map<QuestionType, Double> expected = Map.of(
                QuestionType.MULTIPLE_CHOICE, 0.0, QuestionType.MULTIPLE_RESPONSE, 2 / 3.0,
                QuestionType.TRUE_FALSE, 1.0, QuestionType.FILL_IN_BLANK, 1.0, QuestionType.MATCHING, 1 / 3.0,
                QuestionType.ORDERING, 1 / 3.0, QuestionType.NUMERIC, 1.0, QuestionType.QUOTE_ATTRIBUTION, 1.0);
        for (QuestionType type : QuestionType.values()) {
            StoredQuestion question = QuizFixtures.ofType(questions, type);
            assertEquals(204, AttemptApiTest.put(id, token, question.id, Map.of("answer", responses.get(type))), type.name());
        }
        JsonPath result = given().header("X-Attempt-Token", token).contentType(ContentType.JSON).post("/api/attempts/" + id + "/submit").then()
                .statusCode(200).extract().jsonPath();
        double total = expected.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(total, result.getDouble("score"), 1e-6);
        assertEquals(8.0, result.getDouble("maxScore"));
        assertTrue(result.getBoolean("reviewVisible"));
        List<Map<String, Object>> review = result.getList("review");
        assertEquals(8, review.size());
        for (Map<String, Object> item : review) {
            QuestionType type = QuestionType.valueOf((String) item.get("type"));
            StoredQuestion question = QuizFixtures.ofType(questions, type);
            assertEquals(expected.get(type), ((Number) item.get("score")).doubleValue(), 1e-6, type.name());
            assertEquals(type == QuestionType.NUMERIC ? List.of("4.35 (± 0.05)") : QuizFixtures.KEYS.get(type),
                    item.get("correct"), type.name());
            assertEquals(question.explanation, item.get("explanation"));
            String marked = ((List<List<Map<String, Object>>>) item.get("passages")).get(0).stream()
                    .filter(s -> Boolean.TRUE.equals(s.get("marked"))).map(s -> (String) s.get("text"))
                    .findFirst().orElseThrow();
            assertEquals(question.evidence.get(0).text(), marked, type.name());
        }
    }
}
