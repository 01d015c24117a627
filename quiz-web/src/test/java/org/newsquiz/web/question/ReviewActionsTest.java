package org.newsquiz.web.question;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/** The review screen's reorder and new-distractors actions, through the forms and through the API. */
@QuarkusTest
class ReviewActionsTest {
    /** A 409 is a fair answer when no seed happens to give other options; a few tries make a change near certain. */
    private static final int DISTRACTOR_TRIES = 3;

    @Inject
    TestTeachers teachers;

    private static long draftedArticle(Teacher teacher) throws IOException {
        String text;
        try (InputStream in = ReviewActionsTest.class.getClassLoader()
                .getResourceAsStream("articles/001_sport_cup_final.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long article = TestTeachers.api(teacher).body(Map.of("text", text, "fileName", "cup.txt"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        TestTeachers.api(teacher).post("/api/articles/" + article + "/generate").then().statusCode(200);
        return article;
    }

    private static JsonPath questions(Teacher teacher, long article) {
        return TestTeachers.api(teacher).get("/api/articles/" + article + "/questions").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<Long> order(Teacher teacher, long article) {
        return questions(teacher, article).getList("id", Long.class);
    }

    private static List<Long> swapped(List<Long> ids, int first) {
        List<Long> result = new ArrayList<>(ids);
        result.set(first, ids.get(first + 1));
        result.set(first + 1, ids.get(first));
        return result;
    }

    @Test
    void reorderingMovesOneQuestionAndIsStored() throws IOException {
        Teacher teacher = teachers.teacher("reorder@school.test");
        long article = draftedArticle(teacher);
        String review = "/teacher/articles/" + article + "/review";
        List<Long> before = order(teacher, article);
        assertTrue(before.size() >= 4, before.toString());
        TestTeachers.Browser browser = TestTeachers.signIn(teacher);

        long third = before.get(2);
        Response moved = browser.form(review).formParam("direction", "up").post("/teacher/questions/" + third + "/move");
        assertEquals(303, moved.statusCode());
        assertTrue(moved.header("Location").endsWith(review + "#q" + third), moved.header("Location"));
        List<Long> expected = swapped(before, 1);
        assertEquals(expected, order(teacher, article));
        assertEquals(List.of(0, 1, 2, 3), questions(teacher, article).getList("position", Integer.class).subList(0, 4));
        String page = browser.page(review);
        assertTrue(page.indexOf("id=\"q" + third + "\"") < page.indexOf("id=\"q" + before.get(1) + "\""),
                "the review screen shows the new order");

        browser.form(review).formParam("direction", "up").post("/teacher/questions/" + before.get(0) + "/move")
                .then().statusCode(303);
        assertEquals(expected, order(teacher, article), "the first question cannot move up");
        browser.request().contentType("application/x-www-form-urlencoded").formParam("direction", "down")
                .post("/teacher/questions/" + third + "/move").then().statusCode(400);
        browser.form(review).formParam("direction", "sideways").post("/teacher/questions/" + third + "/move")
                .then().statusCode(400);
        assertEquals(expected, order(teacher, article));

        long last = expected.get(expected.size() - 1);
        List<Long> returned = TestTeachers.api(teacher).body(Map.of("direction", "down"))
                .post("/api/questions/" + last + "/move").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        assertEquals(expected, returned, "the last question cannot move down");
        returned = TestTeachers.api(teacher).body(Map.of("direction", "down"))
                .post("/api/questions/" + expected.get(0) + "/move").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class);
        assertEquals(swapped(expected, 0), returned);
        assertEquals(swapped(expected, 0), order(teacher, article));

        TestTeachers.api(teacher).body(Map.of("direction", "left")).post("/api/questions/" + last + "/move").then()
                .statusCode(400).body("error", containsString("\"up\" or \"down\""));
        TestTeachers.api(teacher).post("/api/questions/" + last + "/move").then().statusCode(400)
                .body("error", containsString("direction"));
        TestTeachers.api(teachers.teacher("reorder-other@school.test")).body(Map.of("direction", "up"))
                .post("/api/questions/" + last + "/move").then().statusCode(403);
        TestTeachers.api(teacher).body(Map.of("direction", "up")).post("/api/questions/999999999/move").then()
                .statusCode(404);
        assertEquals(swapped(expected, 0), order(teacher, article));
    }

    @Test
    void newDistractorsChangeTheWrongOptionsAndKeepTheAnswer() throws IOException {
        Teacher teacher = teachers.teacher("distractors@school.test");
        long article = draftedArticle(teacher);
        String review = "/teacher/articles/" + article + "/review";
        JsonPath all = questions(teacher, article);
        // Year questions draw their wrong options from nearby years, so another seed gives other ones.
        Map<String, Object> year = all.getMap(
                "find { it.type == 'MULTIPLE_CHOICE' && it.prompt.startsWith('In which year') }");
        assertNotNull(year, "the article yields a year question: " + all.getList("prompt"));
        long id = ((Number) year.get("id")).longValue();
        TestTeachers.Browser browser = TestTeachers.signIn(teacher);

        browser.request().contentType("application/x-www-form-urlencoded")
                .post("/teacher/questions/" + id + "/distractors").then().statusCode(400);
        Map<String, Object> before = question(teacher, article, id);
        Response changed = null;
        for (int i = 0; i < DISTRACTOR_TRIES && (changed == null || changed.statusCode() == 409); i++) {
            changed = browser.form(review).post("/teacher/questions/" + id + "/distractors");
        }
        assertEquals(303, changed.statusCode(), changed.asString());
        Map<String, Object> afterPage = question(teacher, article, id);
        assertOtherDistractors(before, afterPage);

        Response fromApi = null;
        for (int i = 0; i < DISTRACTOR_TRIES && (fromApi == null || fromApi.statusCode() == 409); i++) {
            fromApi = TestTeachers.api(teacher).post("/api/questions/" + id + "/distractors");
        }
        assertEquals(200, fromApi.statusCode(), fromApi.asString());
        JsonPath api = fromApi.jsonPath();
        assertEquals(id, api.getLong("id"));
        Map<String, Object> afterApi = question(teacher, article, id);
        assertEquals(api.getList("options"), afterApi.get("options"), "stored as returned");
        assertOtherDistractors(afterPage, afterApi);

        // The teacher picked another answer: no draft has it, so the options stay as they are.
        List<String> options = strings(afterApi.get("options"));
        String otherAnswer = options.stream().filter(o -> !strings(afterApi.get("answers")).contains(o)).findFirst()
                .orElseThrow();
        TestTeachers.api(teacher).body(Map.of("type", "MULTIPLE_CHOICE", "prompt", afterApi.get("prompt"),
                "options", options, "answers", List.of(otherAnswer))).put("/api/questions/" + id).then()
                .statusCode(200);
        TestTeachers.api(teacher).post("/api/questions/" + id + "/distractors").then().statusCode(409)
                .body("error", containsString("no other distractors"));
        Map<String, Object> edited = question(teacher, article, id);
        assertEquals(options, edited.get("options"));
        assertEquals(List.of(otherAnswer), edited.get("answers"));
    }

    @Test
    void newDistractorsForAPersonQuestionAreOtherPeopleOfTheArticle() throws IOException {
        Teacher teacher = teachers.teacher("people-distractors@school.test");
        long article = draftedArticle(teacher);
        JsonPath all = questions(teacher, article);
        Map<String, Object> person = all.getMap("find { it.type == 'QUOTE_ATTRIBUTION' || it.type == 'MULTIPLE_CHOICE' && it.tags.contains('person') }");
        assertNotNull(person, "the article yields a question about a person: " + all.getList("prompt"));
        long id = ((Number) person.get("id")).longValue();
        TestTeachers.api(teacher).post("/api/questions/" + id + "/distractors").then().statusCode(200);
        Map<String, Object> after = question(teacher, article, id);
        assertOtherDistractors(person, after);
    }

    @Test
    void questionsWithoutDistractorsAreRefusedWithAMessage() throws IOException {
        Teacher teacher = teachers.teacher("no-distractors@school.test");
        long article = draftedArticle(teacher);
        long trueFalse = TestTeachers.api(teacher).body(Map.of("type", "TRUE_FALSE",
                "prompt", "Aldermoor won the cup final.", "answers", List.of("True")))
                .post("/api/articles/" + article + "/questions").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long numeric = TestTeachers.api(teacher).body(Map.of("type", "NUMERIC",
                "prompt", "How many goals did Aldermoor score?", "answers", List.of("3"), "tolerance", 0))
                .post("/api/articles/" + article + "/questions").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        for (long id : List.of(trueFalse, numeric)) {
            TestTeachers.api(teacher).post("/api/questions/" + id + "/distractors").then().statusCode(400)
                    .body("status", equalTo(400)).body("error", containsString("Only multiple-choice"));
        }
        String review = "/teacher/articles/" + article + "/review";
        TestTeachers.Browser browser = TestTeachers.signIn(teacher);
        browser.form(review).post("/teacher/questions/" + trueFalse + "/distractors").then().statusCode(400)
                .body(containsString("Only multiple-choice, multiple-response and quote questions have distractors."))
                .body(containsString("Review:"));
        assertEquals(List.of("True", "False"), question(teacher, article, trueFalse).get("options"));
        TestTeachers.api(teachers.teacher("no-distractors-other@school.test"))
                .post("/api/questions/" + trueFalse + "/distractors").then().statusCode(403);
    }

    private static Map<String, Object> question(Teacher teacher, long article, long id) {
        return questions(teacher, article).getMap("find { it.id == " + id + " }");
    }

    /** Other wrong options, the same answers, each answer once, and no wrong option that repeats an answer. */
    private static void assertOtherDistractors(Map<String, Object> before, Map<String, Object> after) {
        List<String> options = strings(after.get("options"));
        List<String> answers = strings(after.get("answers"));
        assertEquals(before.get("answers"), answers);
        assertEquals(before.get("prompt"), after.get("prompt"));
        assertNotEquals(new HashSet<>(strings(before.get("options"))), new HashSet<>(options));
        assertTrue(options.containsAll(answers), options + " holds " + answers);
        assertEquals(options.size(), options.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).distinct().count(),
                "distinct options: " + options);
        assertTrue(options.size() >= 2, options.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
