package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;

@QuarkusTest
class StudentPagesTest {

    @Transactional
    Quiz seedQuiz() {
        Quiz quiz = Quiz.find("libraryKey", "000_dc5d9eb8090fe75b.txt").firstResult();
        quiz.questionSet.questions.size();
        return quiz;
    }

    @Test
    void homeListsThePublishedSeedQuizWithAJoinForm() {
        Quiz quiz = seedQuiz();
        given().get("/").then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"/join\""))
                .body(containsString(quiz.title))
                .body(containsString("/join/" + quiz.code));
    }

    @Test
    void unknownAndClosedCodesGetAFriendlyPage() {
        given().redirects().follow(false).formParam("code", "ZZZZZZ").formParam("name", "Ana")
                .post("/join").then().statusCode(404).body(containsString("No quiz has the code"));
        given().get("/join/ZZZZZZ").then().statusCode(404).body(containsString("Check the code with your teacher"));
    }

    @Test
    void aStudentJoinsAnswersSubmitsAndSeesTheScore() {
        Quiz quiz = seedQuiz();
        Response joined = given().redirects().follow(false)
                .formParam("code", quiz.code.toLowerCase()).formParam("name", "Ana").post("/join");
        assertEquals(303, joined.statusCode());
        String location = joined.header("Location");
        assertTrue(location.matches(".*/attempts/[0-9a-f-]{36}"), location);
        String cookie = joined.getDetailedCookie("nq_" + quiz.code).toString();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        String value = joined.getCookie("nq_" + quiz.code);

        String page = given().cookie("nq_" + quiz.code, value).get(location).then().statusCode(200)
                .body(containsString("<fieldset class=\"question\"")).extract().asString();

        // Answer every question correctly through the form, as a browser would.
        io.restassured.specification.RequestSpecification form = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("nq_" + quiz.code, value).formParam("action", "submit");
        List<StoredQuestion> questions = questions(quiz);
        for (StoredQuestion q : questions) {
            assertTrue(page.contains("name=\"q" + q.id), "question " + q.id + " is on the page");
            switch (q.type) {
                case MATCHING, ORDERING -> {
                    for (int i = 0; i < q.answers.size(); i++) {
                        form.formParam("q" + q.id + "." + i, q.answers.get(i));
                    }
                }
                case MULTIPLE_RESPONSE -> form.formParam("q" + q.id, q.answers);
                default -> form.formParam("q" + q.id, q.answers.get(0));
            }
        }
        Response submitted = form.post(location);
        assertEquals(303, submitted.statusCode(), submitted.body().asString());
        String score = "Your score: <strong>" + questions.size() + " out of " + questions.size() + "</strong>";
        given().cookie("nq_" + quiz.code, value).get(location + "/result").then().statusCode(200)
                .body(containsString(score));
    }

    @Test
    void anotherStudentsAttemptIsForbiddenAndGivesNothingAway() {
        Quiz quiz = seedQuiz();
        Response joined = given().redirects().follow(false)
                .formParam("code", quiz.code).formParam("name", "Ben").post("/join");
        String location = joined.header("Location");
        assertNotNull(location);
        given().get(location).then().statusCode(403).body(not(containsString("fieldset")));
        given().cookie("nq_" + quiz.code, location.substring(location.lastIndexOf('/') + 1) + ".forged")
                .get(location).then().statusCode(403);
    }

    @Test
    void rejoiningOnTheSameDeviceResumesTheAttempt() {
        Quiz quiz = seedQuiz();
        Response joined = given().redirects().follow(false)
                .formParam("code", quiz.code).formParam("name", "Cleo").post("/join");
        String value = joined.getCookie("nq_" + quiz.code);
        given().redirects().follow(false).cookie("nq_" + quiz.code, value).get("/join/" + quiz.code).then()
                .statusCode(303).header("Location", containsString(joined.header("Location")));
    }

    @Transactional
    List<StoredQuestion> questions(Quiz quiz) {
        Quiz attached = Quiz.findById(quiz.id);
        return List.copyOf(attached.questionSet.questions);
    }
}
