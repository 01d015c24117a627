package org.newsquiz.web.crawl;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/**
 * Anonymous, as a teacher and as the administrator: every page reachable by links from {@code /} and
 * {@code /teacher}, and every form on them posted empty and with its own values. No answer may be a server error,
 * every page has a title and a heading, and a refused form comes back with what was typed into it. Forms that
 * name an item post only to the items made here, so other tests' data is left alone.
 */
@QuarkusTest
class SiteCrawlTest {
    @TestHTTPResource("/")
    URL home;

    @Inject
    TestTeachers teachers;

    @Test
    void everyPageAndFormAnswersWithoutAServerErrorAndKeepsWhatWasTyped() {
        Teacher teacher = teachers.teacher("crawler@school.test");
        Teacher admin = teachers.ensure("crawler-admin@school.test", Teacher.Role.ADMIN);
        Map<String, Set<Long>> own = fixture(teacher);
        String origin = home.toString().replaceAll("/$", "");

        Crawler anonymous = new Crawler(origin, new CookieFilter(), path -> mayPost(path, own), "anonymous")
                .from("/", "/teacher").walk();
        Crawler asTeacher = new Crawler(origin, TestTeachers.signIn(teacher).cookies(), path -> mayPost(path, own),
                "teacher").from("/", "/teacher").walk();
        Crawler asAdmin = new Crawler(origin, TestTeachers.signIn(admin).cookies(), path -> mayPost(path, own),
                "administrator").from("/", "/teacher").walk();

        for (Crawler walk : List.of(anonymous, asTeacher, asAdmin)) {
            assertTrue(walk.formsPosted >= 2, "forms found and posted: " + walk.formsPosted);
        }
        assertTrue(asTeacher.requests > 20, "the teacher's pages were walked: " + asTeacher.requests);
        List<String> problems = new java.util.ArrayList<>(anonymous.problems);
        problems.addAll(asTeacher.problems);
        problems.addAll(asAdmin.problems);
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void postsToPagesWithoutABodyAreRefusedInWords() throws Exception {
        Teacher teacher = teachers.teacher("crawler@school.test");
        io.restassured.response.Response form = given().get("/login");
        io.restassured.response.Response login = given().redirects().follow(false)
                .cookie("newsquiz-csrf", form.getCookie("newsquiz-csrf"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", teacher.email).formParam("j_password", TestTeachers.PASSWORD)
                .formParam("csrf-token", TestTeachers.Browser.csrfToken(form.asString())).post("/j_security_check");
        String session = "newsquiz-session=" + login.getCookie("newsquiz-session");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path : List.of("/teacher/articles", "/teacher/articles/generate", "/teacher/articles/upload",
                "/teacher/exchange/import", "/teacher/password", "/teacher/quizzes", "/teacher/sets",
                "/teacher/questions/1/distractors", "/teacher/questions/1/status", "/join", "/logout")) {
            java.net.http.HttpResponse<String> refused = client.send(java.net.http.HttpRequest
                    .newBuilder(home.toURI().resolve(path)).header("Cookie", session).header("Accept", "text/html")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode(), path);
            assertTrue(refused.body().contains("The form arrived empty"), path + ": " + refused.body());
        }
    }

    /** An article with a question written by hand, a set and a quiz of it, and one attempt handed in. */
    private static Map<String, Set<Long>> fixture(Teacher teacher) {
        long article = TestTeachers.api(teacher).body(Map.of("title", "Canal lock reopens", "text",
                        "The canal lock at Millbrook reopened on Tuesday after repairs that took nine weeks.\n\n"
                                + "Boat owners said the queue on the first morning was twelve boats long."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long question = TestTeachers.api(teacher).body(Map.of("type", "MULTIPLE_CHOICE", "prompt",
                        "How long did the repairs take?", "options", List.of("nine weeks", "nine days", "nine months"),
                        "answers", List.of("nine weeks"))).post("/api/articles/" + article + "/questions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long set = TestTeachers.api(teacher).body(Map.of("title", "Canal lock", "questionIds", List.of(question)))
                .post("/api/question-sets").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath quiz = TestTeachers.api(teacher).body(Map.of("questionSetId", set, "title", "Canal lock quiz",
                "listed", false)).post("/api/quizzes").then().statusCode(201).extract().jsonPath();
        JsonPath attempt = given().contentType(ContentType.JSON)
                .body(Map.of("code", quiz.getString("code"), "name", "Crawled Student"))
                .post("/api/attempts").then().statusCode(201).extract().jsonPath();
        given().contentType(ContentType.JSON).header("X-Attempt-Token", attempt.getString("token"))
                .post("/api/attempts/" + attempt.getString("id") + "/submit").then().statusCode(200);
        return Map.of("articles", Set.of(article), "questions", Set.of(question), "sets", Set.of(set),
                "quizzes", Set.of(quiz.getLong("id")));
    }

    /** A form may be posted when every id in its path is one of this test's items of that kind. */
    static boolean mayPost(String path, Map<String, Set<Long>> own) {
        String[] segments = path.replaceAll("\\?.*", "").split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].matches("\\d+") && !own.getOrDefault(segments[i - 1], Set.of())
                    .contains(Long.parseLong(segments[i]))) {
                return false;
            }
        }
        return true;
    }
}
