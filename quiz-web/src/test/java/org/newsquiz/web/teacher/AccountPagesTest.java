package org.newsquiz.web.teacher;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPagesTest {
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
        given().get("/login").then().statusCode(200).body(containsString("action=\"/j_security_check\""));
        Response login = given().redirects().follow(false)
                .formParam("j_username", teacher.email).formParam("j_password", TestTeachers.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, login.statusCode());
        String cookie = login.getDetailedCookie("newsquiz-session").toString();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        given().redirects().follow(false).formParam("j_username", teacher.email).formParam("j_password", "wrong one!")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("/login?error"));
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
