package org.newsquiz.web.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/** Copied session cookies stop working when their sessions should end; administrators disable and reset. */
@QuarkusTest
class SessionsTest {
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    TestTeachers teachers;

    private static int teacherPageWith(String sessionCookie) {
        return given().redirects().follow(false).cookie("newsquiz-session", sessionCookie).get("/teacher")
                .statusCode();
    }

    @Test
    void signingOutEndsEverySessionOfTheAccount() {
        Teacher teacher = teachers.teacher("leaver@school.test");
        TestTeachers.Browser laptop = TestTeachers.signIn(teacher);
        TestTeachers.Browser phone = TestTeachers.signIn(teacher);
        String copied = laptop.sessionCookie();
        assertEquals(200, teacherPageWith(copied));

        laptop.form("/teacher").post("/logout").then().statusCode(303);
        assertEquals(302, teacherPageWith(copied), "the copied cookie is dead after signing out");
        assertEquals(302, phone.request().get("/teacher").statusCode(), "so is the session in the other browser");
        assertEquals(401, phone.request().auth().preemptive().basic(teacher.email, "wrong password here")
                .get("/api/articles").statusCode());
    }

    @Test
    void aNewPasswordEndsEveryOtherSessionAndKeepsThisBrowserSignedIn() {
        Teacher teacher = teachers.teacher("renewer@school.test");
        TestTeachers.Browser laptop = TestTeachers.signIn(teacher);
        TestTeachers.Browser stolen = TestTeachers.signIn(teacher);
        String copiedFromLaptop = laptop.sessionCookie();

        laptop.form("/teacher/password").formParam("current", TestTeachers.PASSWORD)
                .formParam("password", "a fresh phrase of mine").formParam("repeat", "a fresh phrase of mine")
                .post("/teacher/password").then().statusCode(200);
        assertEquals(302, stolen.request().get("/teacher").statusCode());
        assertEquals(302, teacherPageWith(copiedFromLaptop), "the laptop's old cookie is replaced, not kept");
        assertEquals(200, laptop.request().get("/teacher").statusCode());

        laptop.form("/teacher/password").formParam("current", "a fresh phrase of mine")
                .formParam("password", TestTeachers.PASSWORD).formParam("repeat", TestTeachers.PASSWORD)
                .post("/teacher/password").then().statusCode(200);
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotSignIn() {
        Teacher admin = teachers.ensure("sessions-admin@school.test", Teacher.Role.ADMIN);
        Teacher teacher = teachers.teacher("disabled@school.test");
        TestTeachers.Browser theirs = TestTeachers.signIn(teacher);
        TestTeachers.Browser office = TestTeachers.signIn(admin);

        office.form("/teacher/admin/teachers").formParam("disabled", "true")
                .post("/teacher/admin/teachers/" + teacher.id + "/disabled").then().statusCode(200);
        assertEquals(302, theirs.request().get("/teacher").statusCode());
        assertEquals(401, TestTeachers.api(teacher).get("/api/articles").statusCode());
        office.form("/teacher/admin/teachers").formParam("disabled", "true")
                .post("/teacher/admin/teachers/" + admin.id + "/disabled").then().statusCode(400);

        office.form("/teacher/admin/teachers").formParam("disabled", "false")
                .post("/teacher/admin/teachers/" + teacher.id + "/disabled").then().statusCode(200);
        assertEquals(200, TestTeachers.signIn(teacher).request().get("/teacher").statusCode());
    }

    @Test
    void aTemporaryPasswordLeadsToThePasswordFormUntilChanged() {
        Teacher admin = teachers.ensure("sessions-admin@school.test", Teacher.Role.ADMIN);
        Teacher teacher = teachers.teacher("forgetful@school.test");
        TestTeachers.Browser before = TestTeachers.signIn(teacher);
        TestTeachers.signIn(admin).form("/teacher/admin/teachers").formParam("password", "temporary pass 2931")
                .post("/teacher/admin/teachers/" + teacher.id + "/password").then().statusCode(200);
        assertEquals(302, before.request().get("/teacher").statusCode(), "the reset signs the account out");

        io.restassured.filter.cookie.CookieFilter cookies = new io.restassured.filter.cookie.CookieFilter();
        String form = given().filter(cookies).get("/login").asString();
        given().filter(cookies).redirects().follow(false).contentType(FORM).formParam("j_username", teacher.email)
                .formParam("j_password", "temporary pass 2931")
                .formParam("csrf-token", TestTeachers.Browser.csrfToken(form))
                .post("/j_security_check").then().statusCode(302).header("Location", "/teacher/password");
        TestTeachers.Browser temporary = new TestTeachers.Browser(cookies);
        temporary.request().get("/teacher/quizzes").then().statusCode(303).header("Location", "/teacher/password");
        given().auth().preemptive().basic(teacher.email, "temporary pass 2931").get("/api/articles").then()
                .statusCode(403);

        temporary.form("/teacher/password").formParam("current", "temporary pass 2931")
                .formParam("password", TestTeachers.PASSWORD).formParam("repeat", TestTeachers.PASSWORD)
                .post("/teacher/password").then().statusCode(200);
        temporary.request().get("/teacher/quizzes").then().statusCode(200);
        TestTeachers.api(teacher).get("/api/articles").then().statusCode(200);
    }
}
