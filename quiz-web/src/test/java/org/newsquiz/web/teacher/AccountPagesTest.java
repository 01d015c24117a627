package org.newsquiz.web.teacher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPagesTest {
    private static final String CSRF_COOKIE = "newsquiz-csrf";
    private static final String SESSION_COOKIE = "newsquiz-session";

    @Inject
    TestTeachers teachers;

    @Test
    void anonymousVisitorsOfTeacherPagesAreSentToTheLoginForm() {
        given().redirects().follow(false).get("/teacher/password").then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @Test
    void theLoginFormSetsAnHttpOnlySameSiteSessionCookie() {
        Teacher teacher = teachers.teacher("cookie@school.test");
        Response form = given().get("/login");
        assertEquals(200, form.statusCode());
        assertTrue(form.asString().contains("action=\"/j_security_check\""));
        Response login = signInPost(form.getCookie(CSRF_COOKIE), TestTeachers.Browser.csrfToken(form.asString()),
                teacher.email, TestTeachers.PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").endsWith("/teacher"), login.header("Location"));
        String cookie = login.getDetailedCookie(SESSION_COOKIE).toString();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        signInPost(form.getCookie(CSRF_COOKIE), TestTeachers.Browser.csrfToken(form.asString()), teacher.email,
                "wrong one!").then().statusCode(302).header("Location", containsString("/login?error"));
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefusedEvenWithTheRightPassword() {
        Teacher teacher = teachers.teacher("forged@school.test");
        Response form = given().get("/login");
        String cookie = form.getCookie(CSRF_COOKIE);
        String token = TestTeachers.Browser.csrfToken(form.asString());
        String otherToken = TestTeachers.Browser.csrfToken(given().get("/login").asString());
        assertTrue(cookie != null && !token.equals(otherToken), "each visit gets its own token");

        for (Response forged : List.of(
                signInPost(null, null, teacher.email, TestTeachers.PASSWORD),
                signInPost(cookie, null, teacher.email, TestTeachers.PASSWORD),
                signInPost(null, token, teacher.email, TestTeachers.PASSWORD),
                signInPost(cookie, otherToken, teacher.email, TestTeachers.PASSWORD),
                signInPost(cookie, "", teacher.email, TestTeachers.PASSWORD))) {
            assertEquals(400, forged.statusCode());
            assertNull(forged.getCookie(SESSION_COOKIE), "no session for a forged sign-in");
        }
        given().get("/login?error=1").then().statusCode(200).body(containsString("Sign-in failed"));

        Response genuine = signInPost(cookie, token, teacher.email, TestTeachers.PASSWORD);
        assertEquals(302, genuine.statusCode());
        assertTrue(genuine.header("Location").endsWith("/teacher"), genuine.header("Location"));
        given().cookie(SESSION_COOKIE, genuine.getCookie(SESSION_COOKIE)).redirects().follow(false)
                .get("/teacher/password").then().statusCode(200);
    }

    /** Posts the sign-in form as a browser would, with the CSRF cookie and field when given. */
    private static Response signInPost(String csrfCookie, String csrfField, String email, String password) {
        RequestSpecification request = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", email).formParam("j_password", password);
        if (csrfCookie != null) {
            request.cookie(CSRF_COOKIE, csrfCookie);
        }
        if (csrfField != null) {
            request.formParam("csrf-token", csrfField);
        }
        return request.post("/j_security_check");
    }

    @Test
    void aTeacherChangesTheirPasswordWithTheFormAndItsCsrfToken() {
        Teacher teacher = teachers.ensure("changer@school.test", Teacher.Role.TEACHER);
        TestTeachers.Browser browser = TestTeachers.signIn(teacher);
        browser.request().contentType("application/x-www-form-urlencoded").formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "another long one").formParam("repeat", "another long one")
                .post("/teacher/password").then().statusCode(400);

        browser.form("/teacher/password").formParam("current", "not my password")
                .formParam("password", "another long one").formParam("repeat", "another long one")
                .post("/teacher/password").then().statusCode(400).body(containsString("current password is not right"));
        browser.form("/teacher/password").formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "another long one").formParam("repeat", "another long one")
                .post("/teacher/password").then().statusCode(200).body(containsString("Your password is changed."));
        given().auth().preemptive().basic(teacher.email, "another long one").redirects().follow(false)
                .get("/teacher/password").then().statusCode(200);
        browser.form("/teacher/password").formParam("current", "another long one")
                .formParam("password", TestTeachers.PASSWORD).formParam("repeat", TestTeachers.PASSWORD)
                .post("/teacher/password").then().statusCode(200);
    }

    @Test
    void onlyAdministratorsSeeAndCreateAccounts() {
        Teacher admin = teachers.ensure("head@school.test", Teacher.Role.ADMIN);
        Teacher teacher = teachers.teacher("plain@school.test");
        TestTeachers.signIn(teacher).request().get("/teacher/admin/teachers").then().statusCode(403);

        TestTeachers.Browser browser = TestTeachers.signIn(admin);
        browser.form("/teacher/admin/teachers").formParam("email", "New.Colleague@School.test")
                .formParam("name", "<b>New</b> colleague").formParam("password", "welcome to school")
                .formParam("role", "teacher").post("/teacher/admin/teachers").then().statusCode(200)
                .body(containsString("new.colleague@school.test"))
                .body(containsString("&lt;b&gt;New&lt;/b&gt; colleague"));
        browser.form("/teacher/admin/teachers").formParam("email", "new.colleague@school.test")
                .formParam("name", "Again").formParam("password", "welcome to school")
                .post("/teacher/admin/teachers").then().statusCode(409);
    }
}
