package org.newsquiz.web.teacher;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Every route in the application's own OpenAPI document is either on the short public list (students, whose
 * attempts are guarded by their own tokens, and sign-in)
 * or refuses anonymous callers: 401 under /api (Basic stays silent beside the form login, so no challenge header),
 * a redirect to the login form for pages.
 */
@QuarkusTest
class RouteProtectionTest {
    @Inject
    TestTeachers teachers;

    private static final List<String> PUBLIC = List.of("/", "/join", "/join/{code}", "/attempts/{id}",
            "/attempts/{id}/result", "/attempts/{id}/finish", "/login", "/j_security_check", "/logout",
            "/api/quizzes/public", "/api/attempts", "/api/attempts/{id}", "/api/attempts/{id}/answers/{questionId}",
            "/api/attempts/{id}/submit");

    @Test
    void everyNonPublicRouteRefusesAnonymousCallers() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (PUBLIC.contains(path)) {
                return;
            }
            for (String method : operations.keySet()) {
                String url = path.replaceAll("\\{[^}]+}", "1");
                Response response = given().redirects().follow(false).contentType("application/json")
                        .request(method.toUpperCase(), url);
                if (path.startsWith("/api/")) {
                    assertEquals(401, response.statusCode(), method + " " + path);
                    assertEquals(null, response.header("Location"), method + " " + path);
                } else {
                    assertEquals(302, response.statusCode(), method + " " + path);
                    assertTrue(response.header("Location").endsWith("/login"), method + " " + path);
                }
                checked.add(method + " " + path);
            }
        });
        assertTrue(checked.stream().anyMatch(c -> c.equals("put /api/questions/{id}")), checked.toString());
        assertTrue(checked.stream().filter(c -> c.contains(" /teacher")).count() >= 15, checked.toString());
        assertTrue(checked.size() >= 30, checked.toString());
    }

    @Test
    void swaggerUiAndMetricsAreForSignedInStaffOnly() {
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(302);
        given().redirects().follow(false).get("/q/metrics").then().statusCode(302);
        given().redirects().follow(false).header("Accept", "text/plain").auth().preemptive()
                .basic("nobody@school.test", "not a password at all").get("/q/metrics").then().statusCode(401);
        TestTeachers.Browser staff = TestTeachers.signIn(teachers.teacher("operations@school.test"));
        staff.request().get("/q/swagger-ui/").then().statusCode(200);
        staff.request().get("/q/metrics").then().statusCode(200);
    }
}
