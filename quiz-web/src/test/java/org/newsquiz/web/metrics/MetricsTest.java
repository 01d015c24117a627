package org.newsquiz.web.metrics;

import org.newsquiz.web.StudentForms;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

@QuarkusTest
class MetricsTest {
    @Inject
    TestTeachers teachers;

    @Transactional
    String seedCode() {
        return Quiz.<Quiz>find("libraryKey", "000_dc5d9eb8090fe75b.txt").firstResult().code;
    }

    @Test
    void prometheusEndpointListsTheQuizCountersAndTheGenerationTimer() {
        String metrics = scrape();
        for (String name : new String[] {"newsquiz_attempts_started_total", "newsquiz_answers_saved_total",
                "newsquiz_attempts_submitted_total", "newsquiz_generation_seconds_count"}) {
            assertTrue(metrics.contains("\n" + name + " "), name + " is exported");
        }
        assertTrue(value(metrics, "newsquiz_generation_seconds_count") >= 1,
                "the content library was generated at start and timed");
        assertTrue(metrics.contains("\njvm_memory_used_bytes{"), "JVM memory is exported");
        assertTrue(metrics.contains("\nagroal_active_count{"), "the connection pool is exported");
    }

    @Test
    void joiningAQuizCountsOneStartedAttempt() {
        double before = value(scrape(), "newsquiz_attempts_started_total");
        StudentForms.form().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", seedCode()).formParam("name", "Metrics Student")
                .post("/join").then().statusCode(303);
        assertEquals(before + 1, value(scrape(), "newsquiz_attempts_started_total"));
    }

    /** As Prometheus scrapes it in production: with a staff account's Basic credentials. */
    private String scrape() {
        Teacher scraper = teachers.teacher("prometheus@school.test");
        return given().auth().preemptive().basic(scraper.email, TestTeachers.PASSWORD).get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(metrics);
        assertTrue(line.find(), name + " has an untagged sample");
        return Double.parseDouble(line.group(1));
    }
}
