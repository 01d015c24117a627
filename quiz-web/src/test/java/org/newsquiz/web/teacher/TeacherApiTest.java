package org.newsquiz.web.teacher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The teacher API end to end: article → drafts → review → set → quiz, with bad input and other teachers' items. */
@QuarkusTest
class TeacherApiTest {
    @Inject
    TestTeachers teachers;

    Teacher alice;
    Teacher bob;

    @BeforeEach
    void accounts() {
        alice = teachers.teacher("alice@school.test");
        bob = teachers.teacher("bob@school.test");
    }

    static String libraryText(String file) throws IOException {
        try (InputStream in = TeacherApiTest.class.getClassLoader().getResourceAsStream("articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    long addArticle(Teacher teacher) throws IOException {
        return TestTeachers.api(teacher).contentType(ContentType.JSON)
                .body(Map.of("text", libraryText("001_sport_cup_final.txt"), "fileName", "cup.txt"))
                .post("/api/articles").then().statusCode(201).body("shared", equalTo(false))
                .extract().jsonPath().getLong("id");
    }

    @Test
    void fromArticleToPublishedQuizAndBack() throws IOException {
        long article = addArticle(alice);
        TestTeachers.api(alice).get("/api/articles").then().statusCode(200)
                .body("id", hasItem((int) article)).body("shared", hasItem(true));

        JsonPath drafts = TestTeachers.api(alice).post("/api/articles/" + article + "/generate").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> ids = drafts.getList("id");
        assertTrue(ids.size() >= 3, "drafts: " + ids.size());
        assertEquals(List.of("DRAFT"), drafts.getList("status").stream().distinct().toList());
        TestTeachers.api(alice).post("/api/articles/" + article + "/generate").then().statusCode(200)
                .body("size()", equalTo(0));

        TestTeachers.api(alice).get("/api/articles/" + article + "/questions").then().statusCode(200)
                .body("size()", equalTo(ids.size())).body("evidence[0].text[0]", not(equalTo("")));

        long first = ids.get(0);
        long second = ids.get(1);
        TestTeachers.api(alice).post("/api/questions/" + first + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        TestTeachers.api(alice).post("/api/questions/" + second + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        Map<String, Object> edit = Map.of("type", "MULTIPLE_CHOICE", "prompt", "Which club won the cup final?",
                "options", List.of("Aldermoor Athletic", "Kestrel Bay", "Harwick Town"),
                "answers", List.of("Aldermoor Athletic"), "explanation", "They won 3-2.", "difficulty", 0.4);
        TestTeachers.api(alice).contentType(ContentType.JSON).body(edit).put("/api/questions/" + first).then()
                .statusCode(200).body("prompt", equalTo("Which club won the cup final?"))
                .body("status", equalTo("APPROVED"));

        long set = TestTeachers.api(alice).contentType(ContentType.JSON)
                .body(Map.of("title", "Cup final", "questionIds", List.of(first)))
                .post("/api/question-sets").then().statusCode(201).body("questionIds", equalTo(List.of((int) first)))
                .extract().jsonPath().getLong("id");
        TestTeachers.api(alice).get("/api/question-sets").then().statusCode(200).body("id", hasItem((int) set));

        JsonPath quiz = TestTeachers.api(alice).contentType(ContentType.JSON)
                .body(Map.of("questionSetId", set, "title", "Friday news quiz", "timeLimitMinutes", 15,
                        "maxAttempts", 1, "feedbackMode", "AFTER_CLOSE", "listed", false))
                .post("/api/quizzes").then().statusCode(201).body("status", equalTo("OPEN"))
                .body("timeLimitSeconds", equalTo(900)).body("feedbackMode", equalTo("AFTER_CLOSE"))
                .extract().jsonPath();
        long quizId = quiz.getLong("id");
        assertTrue(quiz.getString("code").matches("[A-Z2-9]{6}"), quiz.getString("code"));
        assertEquals("/join/" + quiz.getString("code"), quiz.getString("link"));
        given().get("/").then().body(not(containsString(quiz.getString("code"))));

        TestTeachers.api(alice).post("/api/quizzes/" + quizId + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().get("/join/" + quiz.getString("code")).then().statusCode(410);
        TestTeachers.api(alice).post("/api/quizzes/" + quizId + "/reopen").then().statusCode(200)
                .body("status", equalTo("OPEN"));
        TestTeachers.api(alice).get("/api/quizzes").then().statusCode(200).body("id", hasItem((int) quizId));

        // Teacher B sees none of it and may change none of it.
        TestTeachers.api(bob).get("/api/articles").then().body("id", not(hasItem((int) article)));
        TestTeachers.api(bob).get("/api/articles/" + article + "/questions").then().statusCode(403)
                .body("status", equalTo(403)).body("error", containsString("another teacher"));
        TestTeachers.api(bob).post("/api/articles/" + article + "/generate").then().statusCode(403);
        TestTeachers.api(bob).contentType(ContentType.JSON).body(edit).put("/api/questions/" + first).then()
                .statusCode(403);
        TestTeachers.api(bob).post("/api/questions/" + first + "/approve").then().statusCode(403);
        TestTeachers.api(bob).post("/api/questions/" + first + "/reject").then().statusCode(403);
        TestTeachers.api(bob).contentType(ContentType.JSON).body(Map.of("title", "Mine", "questionIds", List.of(first)))
                .post("/api/question-sets").then().statusCode(403);
        TestTeachers.api(bob).contentType(ContentType.JSON).body(Map.of("questionSetId", set, "title", "Mine"))
                .post("/api/quizzes").then().statusCode(403);
        TestTeachers.api(bob).post("/api/quizzes/" + quizId + "/close").then().statusCode(403);
        TestTeachers.api(bob).post("/api/quizzes/" + quizId + "/reopen").then().statusCode(403);
        TestTeachers.api(bob).get("/api/quizzes").then().body("id", not(hasItem((int) quizId)));
        TestTeachers.api(bob).get("/api/question-sets").then().body("id", not(hasItem((int) set)));

        // An administrator sees every teacher's items.
        Teacher admin = teachers.ensure("office@school.test", Teacher.Role.ADMIN);
        TestTeachers.api(admin).get("/api/quizzes").then().body("id", hasItem((int) quizId));
        TestTeachers.api(admin).get("/api/articles/" + article + "/questions").then().statusCode(200)
                .body("size()", equalTo(ids.size()));
    }

    @Test
    void editsThatBreakTheRulesGetFieldMessagesNotAServerError() throws IOException {
        long article = addArticle(alice);
        long id = TestTeachers.api(alice).post("/api/articles/" + article + "/generate").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        String put = "/api/questions/" + id;
        TestTeachers.api(alice).contentType(ContentType.JSON)
                .body(Map.of("type", "MULTIPLE_CHOICE", "prompt", "Who scored?", "options", List.of("Ann", "Ben"),
                        "answers", List.of("Ann", "Ben")))
                .put(put).then().statusCode(400).body("status", equalTo(400))
                .body("error", containsString("answers: MULTIPLE_CHOICE needs exactly one answer"));
        TestTeachers.api(alice).contentType(ContentType.JSON)
                .body(Map.of("type", "MULTIPLE_CHOICE", "prompt", "Who scored?", "options", List.of("Ann", "ann"),
                        "answers", List.of("Ann")))
                .put(put).then().statusCode(400).body("error", containsString("options: give at least two distinct"));
        TestTeachers.api(alice).contentType(ContentType.JSON)
                .body(Map.of("type", "NUMERIC", "prompt", "How many goals?", "answers", List.of("five"),
                        "difficulty", 3))
                .put(put).then().statusCode(400).body("error", containsString("difficulty"));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("type", "RIDDLE")).put(put).then()
                .statusCode(400).body("status", equalTo(400));
        TestTeachers.api(alice).contentType(ContentType.JSON).body("{not json").put(put).then()
                .statusCode(400).body("status", equalTo(400));
        TestTeachers.api(alice).contentType(ContentType.JSON).put(put).then().statusCode(400)
                .body("status", equalTo(400));
        TestTeachers.api(alice).post("/api/questions/999999/approve").then().statusCode(404)
                .body("error", containsString("no question"));

        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("text", "  ")).post("/api/articles").then()
                .statusCode(400).body("error", equalTo("The article is empty."));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("text", "x".repeat(205_000)))
                .post("/api/articles").then().statusCode(400).body("error", containsString("200 KB"));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("text", "A story", "fileName", "a.pdf"))
                .post("/api/articles").then().statusCode(400).body("error", containsString(".txt, .md or .html"));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("title", "Only", "questionIds", List.of()))
                .post("/api/question-sets").then().statusCode(400).body("error", containsString("at least one"));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("title", "Draft", "questionIds", List.of(id)))
                .post("/api/question-sets").then().statusCode(400).body("error", containsString("not approved"));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("title", "No set")).post("/api/quizzes")
                .then().statusCode(400).body("status", equalTo(400));
        TestTeachers.api(alice).contentType(ContentType.JSON).body(Map.of("questionSetId", 999999, "title", "x"))
                .post("/api/quizzes").then().statusCode(404);
    }

    @Test
    void aHandWrittenQuestionOfEachTypeIsAcceptedWhenValid() {
        long library = given().auth().preemptive().basic(alice.email, TestTeachers.PASSWORD).get("/api/articles")
                .then().extract().jsonPath().getLong("find { it.shared }.id");
        List<Map<String, Object>> questions = List.of(
                Map.of("type", "MULTIPLE_RESPONSE", "prompt", "Which are colours?", "options", List.of("Red", "Blue", "Lamp"),
                        "answers", List.of("Red", "Blue")),
                Map.of("type", "TRUE_FALSE", "prompt", "The sky is green.", "answers", List.of("False")),
                Map.of("type", "FILL_IN_BLANK", "prompt", "The capital of France is ____.", "answers", List.of("Paris")),
                Map.of("type", "MATCHING", "prompt", "Match the capitals.", "options", List.of("Paris", "Rome"),
                        "answers", List.of("France → Paris", "Italy → Rome")),
                Map.of("type", "ORDERING", "prompt", "Order the numbers.", "options", List.of("3", "1", "2"),
                        "answers", List.of("1", "2", "3")),
                Map.of("type", "NUMERIC", "prompt", "How many days has a week?", "answers", List.of("7"), "tolerance", 0),
                Map.of("type", "QUOTE_ATTRIBUTION", "prompt", "Who said “we will win”?", "options", List.of("Ann", "Ben"),
                        "answers", List.of("Ann")),
                Map.of("type", "MULTIPLE_CHOICE", "prompt", "Which is a fruit?", "options", List.of("Pear", "Chair"),
                        "answers", List.of("Pear")));
        for (Map<String, Object> question : questions) {
            TestTeachers.api(alice).contentType(ContentType.JSON).body(question)
                    .post("/api/articles/" + library + "/questions").then().statusCode(201)
                    .body("type", equalTo(question.get("type"))).body("status", equalTo("APPROVED"));
        }
        List<String> types = TestTeachers.api(alice).get("/api/articles/" + library + "/questions").then()
                .body("status", everyItem(equalTo("APPROVED"))).extract().jsonPath().getList("type");
        assertTrue(types.containsAll(questions.stream().map(q -> (String) q.get("type")).toList()), types.toString());
        TestTeachers.api(bob).get("/api/articles/" + library + "/questions").then().statusCode(200)
                .body("size()", equalTo(0));
        assertFalse(types.isEmpty());
    }
}
