package org.newsquiz.web.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.results.ResultsFixture;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/** Publishing from an article's page in one step, the ready page, settings after publishing, lists, attempts. */
@QuarkusTest
class PublishPagesTest {
    @Inject
    TestTeachers teachers;
    @Inject
    ResultsFixture results;

    private static long article(Teacher owner, String text) {
        long id = TestTeachers.api(owner).body(Map.of("title", "Ferry timetable", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        TestTeachers.api(owner).body(Map.of("type", "MULTIPLE_CHOICE", "prompt", "How many ferries run on Sundays?",
                "options", List.of("three", "five", "nine"), "answers", List.of("five"))).post(
                "/api/articles/" + id + "/questions").then().statusCode(201);
        return id;
    }

    @Test
    void publishesInOneStepKeepsFieldsOnErrorsAndChangesSettingsLater() {
        Teacher owner = teachers.teacher("publish-pages@school.test");
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        long article = article(owner, "The harbour office said five ferries will run on Sundays from May.");
        String form = "/teacher/articles/" + article + "/publish";
        browser.page(form);

        browser.form(form).formParam("title", "Ferries").formParam("minutes", "ten").formParam("attempts", "2")
                .formParam("closes", "2031-05-01T09:30").formParam("feedback", "AFTER_CLOSE").post(form).then()
                .statusCode(400).body(containsString("time limit must be a whole number"))
                .body(containsString("value=\"ten\"")).body(containsString("value=\"2\""))
                .body(containsString("value=\"2031-05-01T09:30\"")).body(containsString("value=\"Ferries\""))
                .body(containsString("value=\"AFTER_CLOSE\" selected"));

        Response published = browser.form(form).formParam("title", "Ferries").formParam("minutes", "15")
                .formParam("shuffle", "true").post(form);
        assertEquals(303, published.statusCode(), published.asString());
        String ready = published.header("Location").replaceAll("^https?://[^/]+", "");
        String page = browser.page(ready);
        assertTrue(page.contains("Ready for your class") && page.contains("<svg") && page.contains("/copy.js"), page);
        assertTrue(!page.contains("<script>"), "no inline script");
        String code = page.replaceAll("(?s).*id=\"join-code\">([A-Z0-9]{6})<.*", "$1");
        assertTrue(page.contains("/join/" + code + "\""), "the full link");
        assertTrue(page.contains("15 minutes") && page.contains("After the student submits"), page);

        String settings = ready + "/settings";
        browser.form(settings).formParam("title", "Ferries").formParam("attempts", "0").post(settings).then()
                .statusCode(400).body(containsString("at least one attempt")).body(containsString("value=\"0\""));
        browser.form(settings).formParam("title", "Sunday ferries").formParam("minutes", "20")
                .formParam("feedback", "AFTER_CLOSE").post(settings).then().statusCode(303);
        assertTrue(browser.page(ready).contains("20 minutes") && browser.page(ready).contains("After the quiz closes"));

        browser.form(ready).formParam("status", "CLOSED").post(ready + "/status").then().statusCode(303);
        assertTrue(browser.page(ready).contains(">Reopen the quiz<"));
        String copy = browser.form(ready).post(ready + "/duplicate").then().statusCode(303).extract()
                .header("Location").replaceAll("^https?://[^/]+", "");
        assertNotEquals(ready, copy);
        String copied = browser.page(copy);
        assertTrue(copied.contains("Sunday ferries (copy)") && copied.contains("20 minutes")
                && copied.contains(">Close the quiz<"), copied);

        String sets = browser.page("/teacher/sets");
        assertTrue(sets.contains("Ferries") && sets.contains("1 question(s)"), sets);
        String quizzes = browser.page("/teacher/quizzes");
        assertTrue(quizzes.contains("Sunday ferries") && quizzes.contains("Your quizzes"), quizzes);

        Teacher admin = teachers.ensure("publish-admin@school.test", Teacher.Role.ADMIN);
        TestTeachers.signIn(admin).request().get("/teacher/sets").then().statusCode(200)
                .body(containsString("Other teachers&#39; question sets: publish-pages"));
        TestTeachers.signIn(teachers.teacher("publish-other@school.test")).request().get("/teacher/quizzes")
                .then().statusCode(200).body(not(containsString("Sunday ferries")));
    }

    @Test
    void pastesLongArticlesOnceAndDeletesThemAfterConfirming() {
        Teacher owner = teachers.teacher("paste-long@school.test");
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        String text = "Quay works\n\n" + "The quay was rebuilt in stone after the storm of March. ".repeat(2500);
        assertTrue(text.length() > 100_000);
        Response added = browser.form("/teacher").formParam("text", text).post("/teacher/articles");
        assertEquals(303, added.statusCode(), added.asString());
        String articlePage = added.header("Location").replaceAll("^https?://[^/]+", "");
        assertTrue(browser.page(articlePage).contains(">Draft questions</button>"));

        browser.form("/teacher").formParam("text", text + "x".repeat(110_000)).post("/teacher/articles").then()
                .statusCode(400).body(containsString("longer than 200 KB"));
        assertEquals(303, browser.form("/teacher").formParam("text", text).post("/teacher/articles").statusCode());
        assertEquals(1, browser.page("/teacher").split("Quay works</a>", -1).length - 1, "one copy of the text");

        browser.page(articlePage + "/delete");
        browser.form(articlePage + "/delete").post(articlePage + "/delete").then().statusCode(303);
        browser.request().get(articlePage).then().statusCode(404);
    }

    @Test
    void resetsAndDeletesAnAttemptNumberingQuestionsAsTheAnalysis() {
        Teacher owner = teachers.teacher("attempt-actions@school.test");
        ResultsFixture.Taken taken = results.create(owner);
        TestTeachers.Browser browser = TestTeachers.signIn(owner);
        String detail = "/teacher/quizzes/" + taken.quiz().id + "/results/attempts/" + taken.ann();
        String page = browser.page(detail);
        assertTrue(page.contains("<h2>Question 1</h2>") && page.contains("Submitted"), page);

        browser.form(detail).post(detail + "/reset").then().statusCode(400).body(containsString("Tick the box"));
        browser.form(detail).formParam("confirm", "yes").post(detail + "/reset").then().statusCode(303);
        String reset = browser.page(detail);
        assertTrue(reset.contains("In progress") && reset.contains("no answer"), reset);

        browser.form(detail).formParam("confirm", "yes").post(detail + "/delete").then().statusCode(303);
        browser.request().get(detail).then().statusCode(404);
    }
}
