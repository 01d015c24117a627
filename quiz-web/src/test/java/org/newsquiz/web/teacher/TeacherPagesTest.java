package org.newsquiz.web.teacher;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.question.StoredQuestion;

/** The page flow a teacher follows in the browser, signed in through the login form. */
@QuarkusTest
class TeacherPagesTest {
    @Inject
    TestTeachers teachers;

    @Test
    void pasteGenerateReviewAndApproveThroughTheForms() throws Exception {
        Teacher teacher = teachers.teacher("pages@school.test");
        TestTeachers.Browser browser = TestTeachers.signIn(teacher);
        String text = "Harbour festival draws record crowds\n"
                + "The Harbour Festival in Portwick drew 12,000 visitors on Saturday, the mayor Helen Baird said. "
                + "<script>alert('x')</script> Organisers said the festival would return next July. "
                + "Tickets cost \u00a38 for adults this year. "
                + "\u201cIt was our best year,\u201d said Tom Ellery, the festival director.\n";
        Response added = browser.form("/teacher").formParam("text", text).post("/teacher/articles");
        assertEquals(303, added.statusCode(), added.asString());
        long articleId = Long.parseLong(added.header("Location").replaceAll(".*/articles/(\\d+)$", "$1"));
        assertTrue(browser.page("/teacher/articles/" + articleId).contains(">Draft questions</button>"));
        String review = "/teacher/articles/" + articleId + "/review";
        Response again = browser.form("/teacher").formParam("text", text).post("/teacher/articles");
        assertEquals("/teacher/articles/" + articleId + "?duplicate=true",
                again.header("Location").replaceAll("^https?://[^/]+", ""), "the same text is shown, not stored twice");

        String batch = browser.form("/teacher").formParam("article", articleId).post("/teacher/articles/generate")
                .then().statusCode(303).extract().header("Location");
        String progress = browser.page(batch);
        for (int wait = 0; progress.contains("http-equiv=\"refresh\"") && wait < 600; wait++) {
            Thread.sleep(250);
            progress = browser.page(batch);
        }
        assertTrue(progress.contains("Harbour festival draws record crowds") && progress.contains("1 of 1 articles done"),
                progress);
        String page = browser.page(review);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "escaped script");
        assertTrue(!page.contains("<script>alert"), "no raw script");
        assertTrue(page.contains("<mark>"), "evidence highlighted");

        StoredQuestion first = StoredQuestion.<StoredQuestion>find("articleId = ?1 order by position", articleId)
                .firstResult();
        browser.request().contentType("application/x-www-form-urlencoded").formParam("status", "APPROVED")
                .post("/teacher/questions/" + first.id + "/status").then().statusCode(400);
        browser.form(review).formParam("status", "APPROVED").post("/teacher/questions/" + first.id + "/status")
                .then().statusCode(303);
        assertTrue(browser.page(review).contains("class=\"card state-APPROVED\" id=\"q" + first.id + "\""));

        browser.form("/teacher/articles/" + articleId + "/questions/new").formParam("type", "MULTIPLE_CHOICE")
                .formParam("prompt", "Who directs the festival?").formParam("options", "Tom Ellery\nTom Ellery")
                .formParam("answers", "Tom Ellery").post("/teacher/articles/" + articleId + "/questions").then()
                .statusCode(400).body(containsString("id=\"options-error\""))
                .body(containsString("give at least two distinct options"));
        browser.form("/teacher/articles/" + articleId + "/questions/new").formParam("type", "MULTIPLE_CHOICE")
                .formParam("prompt", "Who directs the festival?").formParam("options", "Tom Ellery\nHelen Baird")
                .formParam("answers", "Tom Ellery").post("/teacher/articles/" + articleId + "/questions").then()
                .statusCode(303);

        Teacher other = teachers.teacher("pages-other@school.test");
        TestTeachers.signIn(other).request().get(review).then().statusCode(403);
    }

    @Test
    void uploadsAreRefusedWithAClearMessage() {
        TestTeachers.Browser browser = TestTeachers.signIn(teachers.teacher("uploads@school.test"));
        String token = TestTeachers.Browser.csrfToken(browser.page("/teacher"));
        browser.request().multiPart("csrf-token", token)
                .multiPart("file", "notes.pdf", "A story".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/teacher/articles/upload").then().statusCode(400).body(containsString(".txt, .md or .html"));
        browser.request().multiPart("csrf-token", token)
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .post("/teacher/articles/upload").then().statusCode(400);
        browser.request().multiPart("csrf-token", token)
                .multiPart("file", "binary.txt", new byte[] {0, 1, 2, (byte) 0xff}, "text/plain")
                .post("/teacher/articles/upload").then().statusCode(400).body(containsString("not UTF-8 text"));
        browser.request().multiPart("csrf-token", token)
                .multiPart("file", "big.txt", "word ".repeat(50_000).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/teacher/articles/upload").then().statusCode(400).body(containsString("200 KB"));
        Response ok = browser.request().multiPart("csrf-token", token)
                .multiPart("file", "story.md", "# Town fair\n\nThe town fair opened on Sunday.\n".getBytes(StandardCharsets.UTF_8),
                        "text/markdown")
                .post("/teacher/articles/upload");
        assertEquals(303, ok.statusCode(), ok.asString());
        assertTrue(browser.page(ok.header("Location")).contains("The town fair opened on Sunday."));
        browser.request().get("/teacher").then().statusCode(200).body(containsString("Town fair"))
                .body(not(containsString("problem\" role=\"alert\"")));
    }
}
