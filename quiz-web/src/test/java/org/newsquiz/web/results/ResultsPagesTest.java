package org.newsquiz.web.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

@QuarkusTest
class ResultsPagesTest {
    private static ResultsFixture.Taken taken;
    private static Teacher owner;

    @Inject
    TestTeachers teachers;
    @Inject
    ResultsFixture fixture;

    @BeforeEach
    void takeTheQuizOnce() {
        if (taken == null) {
            owner = teachers.teacher("results.pages@school.test");
            taken = fixture.create(owner);
        }
    }

    private String path(String rest) {
        return "/teacher/quizzes/" + taken.quiz().id + "/results" + rest;
    }

    @Test
    void theResultsPageDrawsTheHistogramAsSvgWithATableAndFlagsWeakQuestions() {
        String html = TestTeachers.signIn(owner).page(path(""));
        Matcher bars = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"36\" height=\"(\\d+)\">").matcher(html);
        int drawn = 0;
        StringBuilder heights = new StringBuilder();
        while (bars.find()) {
            drawn++;
            heights.append(bars.group(3)).append(' ');
        }
        assertEquals(10, drawn, html);
        assertEquals("0 0 0 140 0 0 70 0 0 70 ", heights.toString());
        assertTrue(html.contains("<tr><td>30–39 %</td><td>2</td></tr>"), html);
        assertTrue(html.contains("mean score 58 %"), html);
        assertTrue(html.contains("<td>0.50</td><td>0.58</td>"), html);
        assertTrue(html.contains("<td>0.75</td><td>0.00</td>"), html);
        assertTrue(html.contains("<td>0.50</td><td>-0.30</td>"), html);
        assertTrue(html.contains("negative discrimination: weaker students did better than stronger ones"), html);
        assertTrue(html.contains("weak discrimination: it hardly separates"), html);
        assertTrue(html.contains("1 min 35 s"), html);
        assertTrue(html.contains("=HYPERLINK(&quot;http://evil.test&quot;)"), html);
        assertFalse(html.contains("cdn") || html.contains("<script"), "no external or scripted chart");
    }

    @Test
    void oneAttemptShowsEachResponseBesideTheKey() {
        String html = TestTeachers.signIn(owner).page(path("/attempts/" + taken.dan()));
        assertTrue(html.contains("Which city is the capital of Portugal?"), html);
        assertTrue(html.contains("<dd>Porto</dd>"), html);
        assertTrue(html.contains("<dd>Lisbon</dd>"), html);
        assertTrue(html.contains("Score 1 / 3"), html);
        String inProgress = TestTeachers.signIn(owner).page(path("/attempts/" + taken.eve()));
        assertTrue(inProgress.contains("not graded yet"), inProgress);
    }

    @Test
    void theCsvDownloadsFromThePageSession() {
        TestTeachers.signIn(owner).request().get(path(".csv")).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("name,state,started,submitted,seconds taken,score,max score,Q1: "));
    }

    @Test
    void otherTeachersAreRefusedAndVisitorsSentToSignIn() {
        Teacher other = teachers.teacher("results.pages.other@school.test");
        TestTeachers.signIn(other).request().get(path("")).then().statusCode(403)
                .body(containsString("This quiz belongs to another teacher."));
        TestTeachers.signIn(other).request().get(path("/attempts/" + taken.ann())).then().statusCode(403);
        given().redirects().follow(false).get(path("")).then().statusCode(302).header("Location", endsWith("/login"));
    }
}
