package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.StudentForms;
import org.newsquiz.web.exchange.ExchangeFixture;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.Recognition;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * How a quiz recognises its students decides what its attempt limit counts: the device cookie alone, the device or
 * the name, or a class-list entry joined with its personal code; the results mark a name that comes back.
 */
@QuarkusTest
class RecognitionTest {
    private static final Pattern CODE = Pattern.compile("<td>([^<]+)</td><td><strong class=\"code\">([A-Z0-9]{6})</strong>");

    @Inject
    QuizFixtures fixtures;
    @Inject
    TestTeachers teachers;
    @Inject
    ExchangeFixture exchange;

    @Test
    void byDeviceAClearedCookieStartsAfresh() {
        Quiz quiz = fixtures.publish(q -> q.maxAttempts = 1);
        assertEquals(201, join(quiz, Map.of("name", "Ana"), null).statusCode());
        assertEquals(201, join(quiz, Map.of("name", "Ana"), null).statusCode(), "nothing ties a new device to Ana");
    }

    @Test
    void byNameAndDeviceNeitherAClearedCookieNorTheSameDeviceGetsAnotherAttempt() {
        Quiz quiz = fixtures.publish(q -> {
            q.maxAttempts = 1;
            q.recognition = Recognition.NAME_AND_DEVICE;
        });
        Response first = join(quiz, Map.of("name", "Ana Lee"), null);
        assertEquals(201, first.statusCode());
        submit(first);
        Response clearedCookies = join(quiz, Map.of("name", "  ana   LEE "), null);
        assertEquals(409, clearedCookies.statusCode(), clearedCookies.asString());
        assertTrue(clearedCookies.jsonPath().getString("error").contains("under this name or on this device"));
        Response sameDevice = join(quiz, Map.of("name", "Somebody Else"), first.getCookie(AttemptCookies.DEVICE));
        assertEquals(409, sameDevice.statusCode(), "the device counts too");
        assertEquals(201, join(quiz, Map.of("name", "Ben Ode"), null).statusCode());
        String page = given().get("/join/" + quiz.code).then().statusCode(200).extract().asString();
        assertTrue(page.contains(Recognition.NAME_AND_DEVICE.forStudents().replace("'", "&#39;")), page);
    }

    @Test
    void theResultsMarkASecondAttemptUnderTheSameName() {
        Teacher owner = teachers.teacher("recognition.results@school.test");
        Quiz quiz = fixtures.publish(q -> { });
        fixtures.update(quiz.id, q -> q.ownerId = owner.id);
        submit(join(quiz, Map.of("name", "Cleo Marsh"), null));
        submit(join(quiz, Map.of("name", "cleo marsh"), null));
        submit(join(quiz, Map.of("name", "Dan Ruiz"), null));
        TestTeachers.Browser teacher = TestTeachers.signIn(owner);
        String results = teacher.page("/teacher/quizzes/" + quiz.id + "/results");
        assertTrue(results.contains("attempt 1 of 2 under this name"), results);
        assertTrue(results.contains("attempt 2 of 2 under this name"), results);
        assertEquals(2, results.split("under this name", -1).length - 1, "Dan is marked as no repeat");
    }

    @Test
    void aClassListGivesEachStudentACodeAndCountsAttemptsPerCode() {
        Teacher owner = teachers.teacher("recognition.roster@school.test");
        Quiz quiz = fixtures.publish(q -> {
            q.maxAttempts = 1;
            q.recognition = Recognition.ROSTER;
        });
        fixtures.update(quiz.id, q -> q.ownerId = owner.id);
        TestTeachers.Browser teacher = TestTeachers.signIn(owner);
        String rosterUrl = "/teacher/quizzes/" + quiz.id + "/roster";
        Response saved = teacher.form(rosterUrl).formParam("names", "Eva Stone\nFinn Hale\n\n  eva   stone\nGus Park")
                .post(rosterUrl);
        assertEquals(303, saved.statusCode(), saved.asString());
        Map<String, String> codes = codes(teacher.page(rosterUrl));
        assertEquals(List.of("Eva Stone", "Finn Hale", "Gus Park"), new ArrayList<>(codes.keySet()), "one entry per name");
        assertEquals(3, codes.values().stream().distinct().count());

        teacher.form(rosterUrl).formParam("names", "Gus Park\nEva Stone\nHana Ito").post(rosterUrl).then().statusCode(303);
        Map<String, String> after = codes(teacher.page(rosterUrl));
        assertEquals(codes.get("Eva Stone"), after.get("Eva Stone"), "a kept name keeps its printed code");
        assertEquals(codes.get("Gus Park"), after.get("Gus Park"));
        assertFalse(after.containsKey("Finn Hale"));

        String joinPage = given().get("/join/" + quiz.code).then().statusCode(200).extract().asString();
        assertTrue(joinPage.contains("name=\"personalCode\"") && !joinPage.contains("name=\"name\""), joinPage);
        Response fromHome = StudentForms.form().formParam("code", quiz.code).formParam("name", "Eva Stone").post("/join");
        assertEquals(303, fromHome.statusCode());
        assertTrue(fromHome.header("Location").endsWith("/join/" + quiz.code), "the name form leads to the code form");

        assertEquals(400, join(quiz, Map.of("name", "Eva Stone"), null).statusCode(), "a name alone is not enough");
        assertEquals(403, join(quiz, Map.of("personalCode", codes.get("Finn Hale")), null).statusCode(),
                "a code taken off the list no longer works");
        Response eva = join(quiz, Map.of("personalCode", after.get("Eva Stone").toLowerCase(), "name", "Someone"), null);
        assertEquals(201, eva.statusCode(), eva.asString());
        assertEquals("Eva Stone", fixtures.attempt(java.util.UUID.fromString(eva.jsonPath().getString("id"))).studentName);

        Response elsewhere = join(quiz, Map.of("personalCode", after.get("Eva Stone")), null);
        assertEquals(201, elsewhere.statusCode());
        assertEquals(eva.jsonPath().getString("id"), elsewhere.jsonPath().getString("id"),
                "the code resumes the attempt in progress on another device");
        assertTrue(elsewhere.jsonPath().getBoolean("resumed"));
        assertNotEquals(eva.jsonPath().getString("token"), elsewhere.jsonPath().getString("token"));
        assertEquals(403, given().header(AttemptCookies.TOKEN_HEADER, eva.jsonPath().getString("token"))
                .get("/api/attempts/" + eva.jsonPath().getString("id")).statusCode(), "the old token stops working");
        submit(elsewhere);
        Response again = join(quiz, Map.of("personalCode", after.get("Eva Stone")), null);
        assertEquals(409, again.statusCode(), "a cleared cookie does not give the code another attempt");
        assertEquals(201, join(quiz, Map.of("personalCode", after.get("Hana Ito")), null).statusCode());
    }

    @Test
    void theRecognitionIsChosenWhenPublishing() {
        Teacher owner = teachers.teacher("recognition.publish@school.test");
        long setId = exchange.createSet(owner, "Recognition set");
        Response created = TestTeachers.api(owner).body(Map.of("questionSetId", setId, "title", "By name",
                "recognition", "NAME_AND_DEVICE")).post("/api/quizzes");
        assertEquals(201, created.statusCode(), created.asString());
        assertEquals("NAME_AND_DEVICE", created.jsonPath().getString("recognition"));
        Response plain = TestTeachers.api(owner).body(Map.of("questionSetId", setId, "title", "Plain")).post("/api/quizzes");
        assertEquals("DEVICE", plain.jsonPath().getString("recognition"));
        TestTeachers.Browser teacher = TestTeachers.signIn(owner);
        Response published = teacher.form("/teacher/quizzes").formParam("set", setId).formParam("title", "With a list")
                .formParam("recognition", "ROSTER").post("/teacher/quizzes");
        assertEquals(303, published.statusCode(), published.asString());
        String quizzes = teacher.page("/teacher/quizzes");
        assertTrue(quizzes.contains("name=\"recognition\""));
        assertTrue(quizzes.contains("Class list and codes"), "the roster quiz links its class list");
    }

    private static Map<String, String> codes(String rosterPage) {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        Matcher m = CODE.matcher(rosterPage);
        while (m.find()) {
            codes.put(m.group(1), m.group(2));
        }
        return codes;
    }

    private static Response join(Quiz quiz, Map<String, String> fields, String deviceCookie) {
        Map<String, String> body = new HashMap<>(fields);
        body.put("code", quiz.code);
        var request = given().contentType(ContentType.JSON).body(body);
        if (deviceCookie != null) {
            request.cookie(AttemptCookies.DEVICE, deviceCookie);
        }
        return request.post("/api/attempts");
    }

    private static void submit(Response joined) {
        given().header(AttemptCookies.TOKEN_HEADER, joined.jsonPath().getString("token")).contentType(ContentType.JSON)
                .post("/api/attempts/" + joined.jsonPath().getString("id") + "/submit").then().statusCode(200);
    }
}
