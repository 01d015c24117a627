package org.newsquiz.web.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.attempt.QuizFixtures;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * Hundreds of malformed and hostile requests, a table of route × payload, across every route of the application's
 * OpenAPI document (and the sign-in form). Each must be refused with a 4xx and a message (JSON {@code {"status",
 * "error"}} for the API and JSON clients, the page with its problem for browsers), never a 5xx or a stack trace;
 * after each, no table has a row more or less and the rows already stored are unchanged.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    /** Each route of the OpenAPI document must get at least this many hostile requests with its own method. */
    static final int MIN_PER_ROUTE = 3;

    @Inject
    QuizFixtures quizzes;
    @Inject
    TestTeachers teachers;
    @Inject
    DataSource dataSource;

    Known known;
    long fixtureQuizId;
    long ownerId;
    List<Hostile> table;

    /** Stores the targets once, on first use (the HTTP port is known only once a test runs). */
    void storeWhatTheRequestsAimAt() {
        if (table != null) {
            return;
        }
        Quiz quiz = quizzes.publish(q -> { });
        fixtureQuizId = quiz.id;
        List<StoredQuestion> questions = quizzes.questionsOf(quiz.id);
        long choice = ofType(questions, QuestionType.MULTIPLE_CHOICE);
        long fill = ofType(questions, QuestionType.FILL_IN_BLANK);
        long numeric = ofType(questions, QuestionType.NUMERIC);
        JsonPath attempt = given().contentType(ContentType.JSON).body(Map.of("code", quiz.code, "name", "Known Student"))
                .post("/api/attempts").then().statusCode(201).extract().jsonPath();
        String token = attempt.getString("token");
        UUID attemptId = UUID.fromString(attempt.getString("id"));
        for (Map.Entry<Long, String> answer : Map.of(choice, "Maria Costa", fill, "Lindqvist").entrySet()) {
            given().contentType(ContentType.JSON).header("X-Attempt-Token", token)
                    .body(Map.of("answer", List.of(answer.getValue())))
                    .put("/api/attempts/" + attemptId + "/answers/" + answer.getKey()).then().statusCode(204);
        }

        Teacher owner = teachers.teacher("hostile-owner@school.test");
        Teacher intruder = teachers.teacher("hostile-intruder@school.test");
        Teacher admin = teachers.ensure("hostile-admin@school.test", Teacher.Role.ADMIN);
        ownerId = owner.id;
        long article = TestTeachers.api(owner).body(Map.of("title", "Harbour bridge repairs", "text",
                "The harbour bridge closed for repairs on Monday. Engineers replaced forty cables in six weeks."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long question = TestTeachers.api(owner).body(Map.of("type", "MULTIPLE_CHOICE", "prompt",
                "How many cables were replaced?", "options", List.of("forty", "four", "fourteen"), "answers",
                List.of("forty"))).post("/api/articles/" + article + "/questions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long set = TestTeachers.api(owner).body(Map.of("title", "Bridge", "questionIds", List.of(question)))
                .post("/api/question-sets").then().statusCode(201).extract().jsonPath().getLong("id");
        long ownQuiz = TestTeachers.api(owner).body(Map.of("questionSetId", set, "title", "Bridge quiz"))
                .post("/api/quizzes").then().statusCode(201).extract().jsonPath().getLong("id");

        TestTeachers.Browser ownerBrowser = TestTeachers.signIn(owner);
        TestTeachers.Browser intruderBrowser = TestTeachers.signIn(intruder);
        TestTeachers.Browser adminBrowser = TestTeachers.signIn(admin);
        Response home = given().get("/");
        TestTeachers.Browser ended = TestTeachers.signIn(teachers.teacher("hostile-signed-out@school.test"));
        String endedCsrf = csrf(ended);
        String endedSession = ended.sessionCookie();
        ended.request().contentType(ContentType.URLENC).formParam("csrf-token", endedCsrf).post("/logout")
                .then().statusCode(303);
        known = new Known(quiz.code, attemptId, token, choice, fill, numeric, article, question, set, ownQuiz,
                ownerBrowser, intruderBrowser, adminBrowser, owner.email, intruder.email,
                csrf(ownerBrowser), csrf(intruderBrowser), csrf(adminBrowser),
                home.getCookie("newsquiz-csrf"), TestTeachers.Browser.csrfToken(home.asString()), intruder.id, admin.id,
                endedSession, endedCsrf);
        table = new ArrayList<>();
        table.addAll(new StudentAttacks(known).all());
        table.addAll(new TeacherApiAttacks(known).all());
        table.addAll(new TeacherPageAttacks(known).all());
    }

    private static String csrf(TestTeachers.Browser browser) {
        return TestTeachers.Browser.csrfToken(browser.page("/teacher/password"));
    }

    private static long ofType(List<StoredQuestion> questions, QuestionType type) {
        return questions.stream().filter(q -> q.type == type).findFirst().orElseThrow().id;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() throws Exception {
        storeWhatTheRequestsAimAt();
        String stored = StoreSnapshot.known(dataSource, known, fixtureQuizId, ownerId);
        return table.stream().map(hostile -> dynamicTest(hostile.toString(), () -> {
            String counts = StoreSnapshot.counts(dataSource);
            Response response = hostile.send().get();
            if (hostile.route().equals("post /j_security_check")) {
                assertSignInRefused(hostile, response);
            } else {
                assertRefused(hostile, response);
            }
            assertEquals(counts, StoreSnapshot.counts(dataSource), hostile + " stored or removed rows");
            assertEquals(stored, StoreSnapshot.known(dataSource, known, fixtureQuizId, ownerId),
                    hostile + " changed stored data");
        }));
    }

    static void assertRefused(Hostile hostile, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        String shown = hostile + " answered " + status + " " + body.substring(0, Math.min(300, body.length()));
        assertTrue(status >= 400 && status < 500, shown);
        assertNoInternals(shown, body);
        String type = response.contentType() == null ? "" : response.contentType();
        if (hostile.path().startsWith("/api/") || type.startsWith("application/json")) {
            assertTrue(type.startsWith("application/json"), shown);
            JsonPath json = response.jsonPath();
            assertEquals(status, json.getInt("status"), shown);
            assertFalse(json.getString("error").isBlank(), shown);
        } else {
            assertTrue(type.startsWith("text/html"), shown);
            assertTrue(body.matches("(?s).*class=\"problem\"[^>]*>[^<]*\\p{L}.*"), shown);
            assertFalse(body.contains(Payloads.SCRIPT), shown + ": the script is echoed unescaped");
        }
    }

    /** The sign-in form answers a refusal by sending the browser back to the form, without a session. */
    static void assertSignInRefused(Hostile hostile, Response response) {
        String shown = hostile + " answered " + response.statusCode() + " " + response.header("Location");
        assertNoInternals(shown, response.asString());
        assertEquals(null, response.getCookie("newsquiz-session"), shown);
        boolean backToForm = response.statusCode() == 302 && response.header("Location").endsWith("/login?error=1");
        assertTrue(backToForm || response.statusCode() >= 400 && response.statusCode() < 500, shown);
    }

    private static void assertNoInternals(String shown, String body) {
        for (String internal : List.of("\tat ", "Exception", "Error id", "org.hibernate", "java.lang", "PSQL")) {
            assertFalse(body.contains(internal), shown + ": shows " + internal);
        }
    }

    @Test
    void everyRouteOfTheOpenApiDocumentGetsHostileRequests() {
        storeWhatTheRequestsAimAt();
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, Long> perRoute = table.stream().collect(Collectors.groupingBy(Hostile::route, TreeMap::new,
                Collectors.counting()));
        List<String> uncovered = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            String route = method + " " + path;
            if (perRoute.getOrDefault(route, 0L) < MIN_PER_ROUTE) {
                uncovered.add(route + " (" + perRoute.getOrDefault(route, 0L) + ")");
            }
        }));
        assertEquals(List.of(), uncovered, "routes with fewer than " + MIN_PER_ROUTE + " hostile requests");
        List<String> unknown = perRoute.keySet().stream().filter(route -> !route.equals("post /j_security_check"))
                .filter(route -> !paths.containsKey(route.substring(route.indexOf(' ') + 1))
                        || !paths.get(route.substring(route.indexOf(' ') + 1)).containsKey(route.substring(0, route.indexOf(' '))))
                .toList();
        assertEquals(List.of(), unknown, "hostile requests for routes the application does not have");
        assertTrue(table.size() >= 200, "only " + table.size() + " hostile requests");
        System.out.printf("Hostile input: %d requests over %d routes (%d in the OpenAPI document)%n", table.size(),
                perRoute.size(), paths.values().stream().mapToInt(Map::size).sum());
    }
}
