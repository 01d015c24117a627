package org.newsquiz.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DatabaseWaitTest {
    private final AtomicLong clock = new AtomicLong();
    private final List<Duration> pauses = new ArrayList<>();

    private boolean await(Duration limit, DatabaseWait.Probe probe) throws InterruptedException {
        return DatabaseWait.await("db:5432/newsquiz", limit, probe, pause -> {
            pauses.add(pause);
            clock.addAndGet(pause.toNanos());
        }, clock::get);
    }

    @Test
    void theLimitIsReadInSecondsMinutesHoursOrIso() {
        assertEquals(DatabaseWait.DEFAULT_LIMIT, DatabaseWait.limit(Map.of()));
        assertEquals(DatabaseWait.DEFAULT_LIMIT, DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", " ")));
        assertEquals(Duration.ofSeconds(90), DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "90s")));
        assertEquals(Duration.ofSeconds(45), DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "45")));
        assertEquals(Duration.ofMinutes(10), DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "10m")));
        assertEquals(Duration.ofHours(1), DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "1H")));
        assertEquals(Duration.ofMinutes(5), DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "PT5M")));
        assertEquals(Duration.ZERO, DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "0")));
        assertThrows(IllegalArgumentException.class, () -> DatabaseWait.limit(Map.of("NEWSQUIZ_DATABASE_WAIT", "soon")));
    }

    @Test
    void retriesWhileTheServerIsUnreachableWithGrowingPauses() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        assertTrue(await(Duration.ofMinutes(1), () -> {
            if (tries.incrementAndGet() < 6) {
                throw new SQLException("Connection to db:5432 refused.", "08001");
            }
        }));
        assertEquals(6, tries.get());
        assertEquals(List.of(250L, 500L, 1000L, 2000L, 4000L), pauses.stream().map(Duration::toMillis).toList());
    }

    @Test
    void aServerThatIsStartingUpIsWaitedFor() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        assertTrue(await(Duration.ofMinutes(1), () -> {
            if (tries.incrementAndGet() == 1) {
                throw new SQLException("the database system is starting up", "57P03");
            }
        }));
        assertEquals(2, tries.get());
    }

    @Test
    void anyOtherRefusalEndsTheWaitAtOnceForTheStartToReport() throws InterruptedException {
        AtomicInteger tries = new AtomicInteger();
        assertTrue(await(Duration.ofMinutes(1), () -> {
            tries.incrementAndGet();
            throw new SQLException("password authentication failed", "28P01");
        }));
        assertEquals(1, tries.get());
        assertEquals(List.of(), pauses);
    }

    @Test
    void givesUpOnceTheLimitHasPassed() throws InterruptedException {
        assertFalse(await(Duration.ofSeconds(30), () -> {
            throw new SQLException("Connection refused", "08001");
        }));
        long waited = pauses.stream().mapToLong(Duration::toMillis).sum();
        assertTrue(waited >= 30_000 && waited < 36_000, waited + " ms");
        assertTrue(pauses.stream().allMatch(p -> p.toMillis() <= 5_000), pauses.toString());
    }

    @Test
    void theLoggedPlaceLeavesOutTheUrlParameters() {
        assertEquals("db:5432/newsquiz", DatabaseWait.where("jdbc:postgresql://db:5432/newsquiz?password=secret"));
    }
}
