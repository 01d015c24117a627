package org.newsquiz.web.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LibraryPreparationTest {
    private static final String NOTICE = "The quiz library is being prepared";

    @Inject
    LibraryPreparation preparation;

    @Test
    void theHomePageSaysTheLibraryIsBeingPreparedUntilTheBackgroundWorkIsDone() throws Exception {
        given().get("/").then().statusCode(200).body(not(containsString(NOTICE)));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        preparation.start("Test preparation", () -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertTrue(running.await(30, TimeUnit.SECONDS), "the work runs in the background");
            assertTrue(preparation.preparing());
            given().get("/").then().statusCode(200).body(containsString(NOTICE), containsString("href=\"/join/"));
        } finally {
            release.countDown();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (preparation.preparing() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(preparation.preparing());
        given().get("/").then().statusCode(200).body(not(containsString(NOTICE)));
    }
}
