package org.newsquiz.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.newsquiz.web.teacher.TestTeachers;

/** A form post as a student's browser makes it: with the CSRF cookie and hidden field the home page hands out. */
public final class StudentForms {
    private static final String CSRF_COOKIE = "newsquiz-csrf";

    private StudentForms() {
    }

    public static RequestSpecification form() {
        Response home = given().get("/");
        return given().redirects().follow(false)
                .cookie(CSRF_COOKIE, home.getCookie(CSRF_COOKIE))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", TestTeachers.Browser.csrfToken(home.asString()));
    }
}
