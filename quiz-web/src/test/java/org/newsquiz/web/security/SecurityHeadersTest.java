package org.newsquiz.web.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.attempt.QuizFixtures;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.teacher.TestTeachers;

@QuarkusTest
class SecurityHeadersTest {
    @Inject
    TestTeachers teachers;
    @Inject
    QuizFixtures quizzes;

    @Test
    void teacherAndAttemptPagesForbidFramingInlineScriptsAndCaching() {
        TestTeachers.Browser browser = TestTeachers.signIn(teachers.teacher("headers@school.test"));
        Quiz quiz = quizzes.publish(q -> { });
        String attempt = given().contentType(ContentType.JSON).body(java.util.Map.of("code", quiz.code, "name", "H"))
                .post("/api/attempts").then().statusCode(201).extract().jsonPath().getString("id");
        for (Response page : List.of(browser.request().get("/teacher"), browser.request().get("/teacher/quizzes"),
                given().get("/login"), given().get("/"), given().redirects().follow(false).get("/attempts/" + attempt),
                given().get("/api/attempts/" + attempt))) {
            String csp = page.header("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), csp);
            assertEquals("DENY", page.header("X-Frame-Options"));
            assertEquals("nosniff", page.header("X-Content-Type-Options"));
            assertEquals("same-origin", page.header("Referrer-Policy"));
            assertEquals("no-store", page.header("Cache-Control"));
            assertEquals(null, page.header("Strict-Transport-Security"), "no HSTS without an https public URL");
        }
        assertFalse("no-store".equals(given().get("/attempt.js").header("Cache-Control")),
                "static files may be cached");
    }

    @Test
    void redirectsDoNotEchoTheHostHeader() {
        Response redirect = given().redirects().follow(false).header("Host", "evil.example").get("/teacher");
        assertEquals("/login", redirect.header("Location"));
        Response visit = given().get("/login");
        Response signedOut = given().redirects().follow(false).header("Host", "evil.example:8443")
                .cookie(CsrfTokens.COOKIE, visit.getCookie(CsrfTokens.COOKIE))
                .header(CsrfTokens.HEADER, TestTeachers.Browser.csrfToken(visit.asString())).post("/logout");
        assertEquals(303, signedOut.statusCode());
        assertEquals("/login", signedOut.header("Location"));
    }

    /** The CSP forbids inline scripts, so no template may hold one or an on* handler attribute. */
    @Test
    void templatesHoldNoInlineScriptOrEventHandler() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|javascript:",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> templates = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertTrue(templates.size() > 10, templates.toString());
            for (Path template : templates) {
                assertFalse(inline.matcher(Files.readString(template)).find(), template.toString());
            }
        }
    }
}
