package org.newsquiz.web.results;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

@QuarkusTest
class ResultsApiTest {
    private static ResultsFixture.Taken taken;
    private static Teacher owner;

    @Inject
    TestTeachers teachers;
    @Inject
    ResultsFixture fixture;

    @BeforeEach
    void takeTheQuizOnce() {
        if (taken == null) {
            owner = teachers.teacher("results.owner@school.test");
            taken = fixture.create(owner);
        }
    }

    /** Decimals read as doubles, so they compare with the figures computed here. */
    private static RequestSpecification api(Teacher teacher) {
        return TestTeachers.api(teacher).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private String path(String rest) {
        return "/api/quizzes/" + taken.quiz().id + rest;
    }

    @Test
    void resultsListEveryAttemptWithItsScoreStateAndTime() {
        api(owner).get(path("/results")).then().statusCode(200)
                .body("title", equalTo(taken.quiz().title))
                .body("finishedAttempts", equalTo(4))
                .body("attempts", hasSize(5))
                .body("attempts.studentName", contains("Ann", "Ben", ResultsFixture.QUOTED_NAME,
                        ResultsFixture.FORMULA_NAME, "Eve"))
                .body("attempts.state", contains("SUBMITTED", "SUBMITTED", "SUBMITTED", "SUBMITTED", "IN_PROGRESS"))
                .body("attempts.score", contains(3.0, 2.0, 1.0, 1.0, null))
                .body("attempts[0].maxScore", equalTo(3.0))
                .body("attempts[0].secondsTaken", equalTo(95))
                .body("attempts[4].secondsTaken", nullValue())
                .body("attempts[2].questionScores.'" + taken.questionIds().get(2) + "'", equalTo(0.0))
                .body("attempts[4].questionScores.size()", equalTo(0))
                .body("meanPercentage", closeTo(58.333, 0.001));
    }

    @Test
    void facilityAndDiscriminationComeFromTheFinishedAttempts() {
        // Scores per question (choice, true/false, numeric): Ann 1 1 1, Ben 1 1 0, Cat 0 1 -, Dan 0 0 1.
        api(owner).get(path("/results")).then().statusCode(200)
                .body("items.questionId", contains(taken.questionIds().stream().map(Long::intValue).toArray()))
                .body("items.responses", contains(4, 4, 4))
                .body("items.facility", contains(0.5, 0.75, 0.5))
                .body("items[0].discrimination", closeTo((0.5 / Math.sqrt(0.75)), 1e-6))
                .body("items[1].discrimination", closeTo(0.0, 1e-6))
                .body("items[2].discrimination", closeTo((-0.5 / Math.sqrt(2.75)), 1e-6))
                .body("items[0].flags", hasSize(0))
                .body("items[1].flags[0]", startsWith("weak discrimination"))
                .body("items[2].flags[0]", startsWith("negative discrimination"))
                .body("scoreBands.count", contains(0, 0, 0, 2, 0, 0, 1, 0, 0, 1));
    }

    @Test
    void oneAttemptShowsResponseKeyAndScorePerQuestion() {
        api(owner).get(path("/results/attempts/" + taken.cat())).then().statusCode(200)
                .body("attempt.studentName", equalTo(ResultsFixture.QUOTED_NAME))
                .body("answers", hasSize(3))
                .body("answers.find { it.questionId == " + taken.questionIds().get(0) + " }.response",
                        contains("Porto"))
                .body("answers.find { it.questionId == " + taken.questionIds().get(0) + " }.correctAnswers",
                        contains("Lisbon"))
                .body("answers.find { it.questionId == " + taken.questionIds().get(0) + " }.score", equalTo(0.0))
                .body("answers.find { it.questionId == " + taken.questionIds().get(2) + " }.response", hasSize(0));
        TestTeachers.api(owner).get(path("/results/attempts/00000000-0000-0000-0000-000000000000"))
                .then().statusCode(404);
    }

    @Test
    void csvHasOneQuotedDefusedRowPerAttempt() {
        String csv = TestTeachers.api(owner).get(path("/results.csv")).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"quiz-" + taken.quiz().id))
                .extract().asString();
        List<String> lines = List.of(csv.split("\r\n", -1));
        assertEquals(7, lines.size(), csv);
        assertEquals("", lines.get(6));
        assertEquals("name,state,started,submitted,seconds taken,score,max score,"
                + "Q1: Which city is the capital of Portugal?,Q2: The Tagus flows through Lisbon.,"
                + "Q3: What is six times seven?", lines.get(0));
        assertEquals(List.of("Ann", "SUBMITTED"), List.of(lines.get(1).split(",")).subList(0, 2));
        assertEquals("95,3,3,1,1,1", lines.get(1).substring(lines.get(1).indexOf(",95,") + 1));
        assertEquals("\"Cat \"\"Kit\"\" Lee, Jr\",SUBMITTED", lines.get(3).substring(0, lines.get(3).indexOf(",20")));
        assertEquals("1,3,0,1,0", lines.get(3).substring(lines.get(3).lastIndexOf(",1,3,") + 1));
        assertEquals("\"'=HYPERLINK(\"\"http://evil.test\"\")\",SUBMITTED",
                lines.get(4).substring(0, lines.get(4).indexOf(",20")));
        assertEquals("Eve,IN_PROGRESS", lines.get(5).substring(0, lines.get(5).indexOf(",20")));
        assertEquals(",,,,,", lines.get(5).substring(lines.get(5).length() - 5));
    }

    @Test
    void onlyTheOwnerOrAnAdministratorReadsResults() {
        Teacher other = teachers.teacher("results.other@school.test");
        TestTeachers.api(other).get(path("/results")).then().statusCode(403)
                .body("error", equalTo("This quiz belongs to another teacher."));
        TestTeachers.api(other).get(path("/results.csv")).then().statusCode(403);
        Teacher admin = teachers.ensure("results.admin@school.test", Teacher.Role.ADMIN);
        TestTeachers.api(admin).get(path("/results")).then().statusCode(200);
        given().redirects().follow(false).get(path("/results")).then().statusCode(401);
        given().redirects().follow(false).get(path("/results.csv")).then().statusCode(401);
        TestTeachers.api(owner).get("/api/quizzes/987654321/results").then().statusCode(404);
    }
}
