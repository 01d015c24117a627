package org.newsquiz.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryLaterTest {

    @Test
    void aTaskThatFailsIsRunAgainLaterUntilItSucceeds() throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicInteger runs = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            new RetryLater(scheduler, Duration.ofMillis(10), Duration.ofMillis(40)).run("import", () -> {
                if (runs.incrementAndGet() < 4) {
                    throw new IllegalStateException("the database went away");
                }
                done.countDown();
            });
            assertTrue(done.await(10, TimeUnit.SECONDS), "ran " + runs.get() + " times");
            Thread.sleep(200);
            assertEquals(4, runs.get(), "nothing runs after the success");
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aTaskThatSucceedsRunsOnceAndSchedulesNothing() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        try {
            AtomicInteger runs = new AtomicInteger();
            new RetryLater(scheduler, Duration.ofMillis(10), Duration.ofMillis(40)).run("import", runs::incrementAndGet);
            assertEquals(1, runs.get());
            assertEquals(0, scheduler.getQueue().size());
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void theReasonIsTheInnermostCause() {
        Exception wrapped = new RuntimeException("outer", new IllegalStateException("middle",
                new java.sql.SQLException("Connection refused\nmore")));
        assertEquals("Connection refused", RetryLater.reason(wrapped));
    }
}
