package org.newsquiz.web.attempt;

import org.newsquiz.web.StudentForms;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.newsquiz.core.question.QuestionType;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.quiz.Quiz;

@QuarkusTest
class StudentPagesTest {
    @Inject
    QuizFixtures fixtures;

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
        StudentForms.form().formParam("code", "ZZZZZZ").formParam("name", "Ana")
                .post("/join").then().statusCode(404).body(containsString("No quiz has the code"));
        given().get("/join/ZZZZZZ").then().statusCode(404).body(containsString("Check the code with your teacher"));
    }

    @Test
    void aStudentJoinsAnswersSubmitsAndSeesTheScore() {
        Quiz quiz = seedQuiz();
        Response joined = StudentForms.form()
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
        io.restassured.specification.RequestSpecification form = StudentForms.form()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("nq_" + quiz.code, value).formParam("action", "submit");
        List<StoredQuestion> questions = questions(quiz);
        for (StoredQuestion q : questions) {
            assertTrue(page.contains("name=\"q" + q.id), "question " + q.id + " is on the page");
            form.formParam("shown", q.id);
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
                .body(containsString(score)).body(containsString("<mark>"));
    }

    @Test
    void onePerPageSavesEachPageAndTheReviewShowsTheSourcePassage() {
        Quiz quiz = fixtures.publish(q -> q.onePerPage = true);
        Response joined = StudentForms.form().formParam("code", quiz.code).formParam("name", "Noor")
                .post("/join");
        String location = joined.header("Location");
        String cookie = joined.getCookie("nq_" + quiz.code);
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        StoredQuestion tf = QuizFixtures.ofType(questions, QuestionType.TRUE_FALSE);
        String first = given().cookie("nq_" + quiz.code, cookie).get(location).then().statusCode(200)
                .body(containsString("Question 1 of 8.")).extract().asString();
        assertEquals(1, first.split("<fieldset class=\"question\"").length - 1, "one question per page");
        for (int page = 1; page <= questions.size(); page++) {
            String html = given().cookie("nq_" + quiz.code, cookie).get(location + "?page=" + page).asString();
            if (html.contains("name=\"q" + tf.id + "\"")) {
                Response next = StudentForms.form().cookie("nq_" + quiz.code, cookie)
                        .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("page", page)
                        .formParam("shown", tf.id).formParam("q" + tf.id, "True").formParam("action", "next")
                        .post(location);
                assertEquals(303, next.statusCode());
                assertTrue(next.header("Location").endsWith("?page=" + Math.min(page + 1, 8)));
            }
        }
        String again = given().cookie("nq_" + quiz.code, cookie).get(location + "?page=1").asString();
        assertTrue(again.contains("1</span> of 8 answered and saved."), again);
        StudentForms.form().cookie("nq_" + quiz.code, cookie)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("action", "submit")
                .post(location).then().statusCode(303);
        String result = given().cookie("nq_" + quiz.code, cookie).get(location + "/result").then().statusCode(200)
                .extract().asString();
        assertTrue(result.contains("Your score: <strong>1 out of 8</strong>"), result);
        assertTrue(result.contains("<mark>an eighteen-month renovation</mark>"), result);
        assertTrue(result.contains(tf.explanation));
        assertTrue(result.contains("“Books belong to everyone,” she told the crowd") , "curly quotes kept as text");
    }

    @Test
    void afterCloseModeHidesTheReviewUntilTheQuizCloses() {
        Quiz quiz = fixtures.publish(q -> q.feedbackMode = org.newsquiz.web.quiz.FeedbackMode.AFTER_CLOSE);
        var started = AttemptApiTest.join(quiz.code, "Omar");
        String id = started.getString("id");
        String token = started.getString("token");
        given().header("X-Attempt-Token", token).contentType(ContentType.JSON).post("/api/attempts/" + id + "/submit").then().statusCode(200)
                .body("reviewVisible", org.hamcrest.Matchers.equalTo(false))
                .body("review", org.hamcrest.Matchers.empty());
        String hidden = given().header("X-Attempt-Token", token).get("/attempts/" + id + "/result").asString();
        assertTrue(hidden.contains("once the quiz has closed") && !hidden.contains("<mark>"), hidden);
        fixtures.update(quiz.id, q -> q.status = org.newsquiz.web.quiz.QuizStatus.CLOSED);
        given().header("X-Attempt-Token", token).get("/attempts/" + id + "/result").then().statusCode(200)
                .body(containsString("<mark>"));
    }

    @Test
    void anotherStudentsAttemptIsForbiddenAndGivesNothingAway() {
        Quiz quiz = seedQuiz();
        Response joined = StudentForms.form()
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
        Response joined = StudentForms.form()
                .formParam("code", quiz.code).formParam("name", "Cleo").post("/join");
        String value = joined.getCookie("nq_" + quiz.code);
        given().redirects().follow(false).cookie("nq_" + quiz.code, value).get("/join/" + quiz.code).then()
                .statusCode(303).header("Location", containsString(joined.header("Location")));
    }

    @Test
    void aWrongCodeStaysOnTheJoinFormWithTheNameKept() {
        String page = StudentForms.form().formParam("code", "zz99zz").formParam("name", "Ana Lima")
                .post("/join").then().statusCode(404).extract().asString();
        assertTrue(page.contains("<form method=\"post\" action=\"/join\""), page);
        assertTrue(page.contains("value=\"Ana Lima\"") && page.contains("value=\"zz99zz\""), "typed values kept");
        assertTrue(page.contains("role=\"alert\">No quiz has the code &quot;zz99zz&quot;"), page);
        Quiz quiz = fixtures.publish(q -> q.timeLimitSeconds = 1200);
        String noName = StudentForms.form().formParam("code", quiz.code).formParam("name", " ")
                .post("/join").then().statusCode(400).extract().asString();
        assertTrue(noName.contains("Please enter your name") && noName.contains("value=\"" + quiz.code + "\""), noName);
        assertTrue(noName.contains("You will have 20 minutes once you start."), "time limit in minutes");
    }

    @Test
    void noAttemptLeftLinksToTheResult() {
        Quiz quiz = fixtures.publish(q -> q.maxAttempts = 1);
        Response joined = StudentForms.form().formParam("code", quiz.code).formParam("name", "Hana").post("/join");
        String location = joined.header("Location");
        String device = joined.getCookie("nq_device");
        String cookie = joined.getCookie("nq_" + quiz.code);
        StudentForms.form().cookie("nq_" + quiz.code, cookie).formParam("action", "submit").post(location)
                .then().statusCode(303);
        String again = StudentForms.form().cookie("nq_device", device).cookie("nq_" + quiz.code, cookie)
                .formParam("code", quiz.code).formParam("name", "Hana").post("/join")
                .then().statusCode(409).extract().asString();
        String path = java.net.URI.create(location).getPath();
        assertTrue(again.contains("<a href=\"" + path + "/result\">See your result</a>"), again);
        assertTrue(again.contains("value=\"Hana\""), "the name is kept");
    }

    @Test
    void resumingOpensTheFirstUnansweredAndHandingInAsksFirst() {
        Quiz quiz = fixtures.publish(q -> {
            q.onePerPage = true;
            q.shuffle = false;
            q.timeLimitSeconds = 1800;
        });
        Response joined = StudentForms.form().formParam("code", quiz.code).formParam("name", "Ravi").post("/join");
        String location = joined.header("Location");
        String cookie = joined.getCookie("nq_" + quiz.code);
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        StoredQuestion tf = QuizFixtures.ofType(questions, QuestionType.TRUE_FALSE);
        StudentForms.form().cookie("nq_" + quiz.code, cookie).formParam("page", 1).formParam("shown", tf.id)
                .formParam("q" + tf.id, "True").formParam("go", 3).post(location).then().statusCode(303)
                .header("Location", containsString("?page=3"));
        String resumed = given().cookie("nq_" + quiz.code, cookie).get(location).then().statusCode(200)
                .extract().asString();
        int firstOpen = questions.indexOf(tf) == 0 ? 2 : 1;
        assertTrue(resumed.contains("Question " + firstOpen + " of 8."), "resumes at the first unanswered question");
        assertTrue(resumed.contains("value=\"next\" class=\"primary\">Next question"), "Next is the main button");
        assertTrue(resumed.contains("Hand in by <time class=\"local\" datetime=\""), "the deadline as a time element");
        assertTrue(!resumed.contains("value=\"submit\""), "no way to hand in without the confirmation step");
        Response finish = StudentForms.form().cookie("nq_" + quiz.code, cookie).formParam("action", "finish")
                .post(location);
        assertEquals(303, finish.statusCode());
        String confirm = given().cookie("nq_" + quiz.code, cookie).get(finish.header("Location")).then()
                .statusCode(200).extract().asString();
        assertTrue(confirm.contains("7 of 8 questions are not answered yet."), confirm);
        for (StoredQuestion q : questions) {
            int number = questions.indexOf(q) + 1;
            String path = java.net.URI.create(location).getPath();
            boolean listed = confirm.contains("<a href=\"" + path + "?page=" + number + "\">Question " + number
                    + "</a>");
            assertEquals(q.id != tf.id, listed, "question " + number + " listed as unanswered");
        }
        StudentForms.form().cookie("nq_" + quiz.code, cookie).formParam("action", "submit").post(location)
                .then().statusCode(303);
        given().cookie("nq_" + quiz.code, cookie).get(location + "/result").then().statusCode(200)
                .body(containsString("<strong>1 out of 8</strong> <span class=\"percent\">(13%)</span>"));
    }

    @Test
    void anAnswerThatCannotBeSavedComesBackAsTypedWithTheReason() {
        Quiz quiz = fixtures.publish(q -> { });
        Response joined = StudentForms.form().formParam("code", quiz.code).formParam("name", "Ines").post("/join");
        String location = joined.header("Location");
        String cookie = joined.getCookie("nq_" + quiz.code);
        List<StoredQuestion> questions = fixtures.questionsOf(quiz.id);
        StoredQuestion numeric = QuizFixtures.ofType(questions, QuestionType.NUMERIC);
        StoredQuestion fill = QuizFixtures.ofType(questions, QuestionType.FILL_IN_BLANK);
        String page = StudentForms.form().cookie("nq_" + quiz.code, cookie).formParam("shown", numeric.id)
                .formParam("shown", fill.id).formParam("q" + numeric.id, "about four")
                .formParam("q" + fill.id, "Lindqvist").formParam("action", "finish").post(location)
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains("value=\"about four\""), "the refused answer is still in its field");
        assertTrue(page.contains("Not saved: Type a number"), page);
        assertTrue(page.contains("1</span> of 8 answered and saved."), "the other answer was saved");
    }

    @Transactional
    List<StoredQuestion> questions(Quiz quiz) {
        Quiz attached = Quiz.findById(quiz.id);
        return List.copyOf(attached.questionSet.questions);
    }
}
