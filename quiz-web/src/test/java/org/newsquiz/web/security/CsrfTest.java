package org.newsquiz.web.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/** Every state-changing request from a browser needs the token of its own session, whatever its body. */
@QuarkusTest
class CsrfTest {
    @Inject
    TestTeachers teachers;

    @Test
    void bodilessAndJsonPostsWithTheSessionCookieNeedTheToken() {
        TestTeachers.Browser browser = TestTeachers.signIn(teachers.teacher("csrf-bodiless@school.test"));
        assertEquals(400, browser.request().post("/logout").statusCode(), "no body, no token");
        assertEquals(400, browser.request().contentType(ContentType.JSON).body("{}").post("/logout").statusCode());
        assertEquals(400, browser.request().post("/teacher/questions/987654/distractors").statusCode(),
                "a bodiless teacher action");
        assertEquals(200, browser.request().get("/teacher").statusCode(), "the refused posts did not sign out");

        String token = TestTeachers.Browser.csrfToken(browser.page("/teacher"));
        assertEquals(303, browser.request().header("X-CSRF-Token", token).post("/logout").statusCode(),
                "the header carries the token for scripts");
        assertEquals(302, browser.request().get("/teacher").statusCode());
    }

    @Test
    void anotherBrowsersCookieAndTokenPairDoesNotFitThisSession() {
        Teacher victim = teachers.teacher("csrf-victim@school.test");
        TestTeachers.Browser victimBrowser = TestTeachers.signIn(victim);
        TestTeachers.Browser attacker = TestTeachers.signIn(teachers.teacher("csrf-attacker@school.test"));
        String attackerToken = TestTeachers.Browser.csrfToken(attacker.page("/teacher/password"));
        Response visit = given().get("/login");
        String anonymousCookie = visit.getCookie(CsrfTokens.COOKIE);
        String anonymousToken = TestTeachers.Browser.csrfToken(visit.asString());

        for (Response forged : new Response[] {
            victimBrowser.request().contentType(ContentType.URLENC).formParam("csrf-token", attackerToken)
                    .formParam("current", TestTeachers.PASSWORD).formParam("password", "taken over by me")
                    .formParam("repeat", "taken over by me").post("/teacher/password"),
            given().redirects().follow(false).cookie("newsquiz-session", victimBrowser.sessionCookie())
                    .cookie(CsrfTokens.COOKIE, anonymousCookie).contentType(ContentType.URLENC)
                    .formParam("csrf-token", anonymousToken).formParam("current", TestTeachers.PASSWORD)
                    .formParam("password", "taken over by me").formParam("repeat", "taken over by me")
                    .post("/teacher/password")}) {
            assertEquals(400, forged.statusCode(), forged.asString());
            assertTrue(forged.asString().contains("not sent from a NewsQuiz page"), forged.asString());
        }
        TestTeachers.api(victim).get("/api/articles").then().statusCode(200);
    }

    @Test
    void eachSessionHasItsOwnTokenAndSignInGetsANewOne() {
        Teacher teacher = teachers.teacher("csrf-tokens@school.test");
        TestTeachers.Browser one = TestTeachers.signIn(teacher);
        TestTeachers.Browser two = TestTeachers.signIn(teacher);
        assertNotEquals(TestTeachers.Browser.csrfToken(one.page("/teacher")),
                TestTeachers.Browser.csrfToken(two.page("/teacher")));
        assertEquals(TestTeachers.Browser.csrfToken(one.page("/teacher")),
                TestTeachers.Browser.csrfToken(one.page("/teacher/password")), "stable within a session");
    }

    @Test
    void apiClientsWithBasicAndNoCookieNeedNoToken() {
        Teacher teacher = teachers.teacher("csrf-api@school.test");
        TestTeachers.api(teacher).body(Map.of("title", "Ferry timetable", "text", "The ferry runs hourly in May."))
                .post("/api/articles").then().statusCode(201);
    }
}
