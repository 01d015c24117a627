package org.newsquiz.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadedWhenUsedTest {
    private final AtomicLong now = new AtomicLong();
    private final LoadedWhenUsed<StringBuilder> value = new LoadedWhenUsed<>(StringBuilder::new, Duration.ofMinutes(15),
            now::get);

    @Test
    void nothingIsLoadedBeforeTheFirstUseAndOnceAfterIt() {
        assertFalse(value.loaded());
        assertEquals(0, value.loads());
        StringBuilder first = value.get();
        assertSame(first, value.get());
        assertTrue(value.loaded());
        assertEquals(1, value.loads());
    }

    @Test
    void releasedOnlyAfterTheIdleTimeAndLoadedAgainByTheNextUse() {
        StringBuilder first = value.get();
        now.addAndGet(Duration.ofMinutes(14).toNanos());
        assertFalse(value.releaseIfIdle(), "used 14 minutes ago");
        value.get();
        now.addAndGet(Duration.ofMinutes(14).toNanos());
        assertFalse(value.releaseIfIdle(), "each use starts the idle time again");
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertTrue(value.releaseIfIdle());
        assertFalse(value.loaded());
        assertFalse(value.releaseIfIdle(), "nothing left to release");
        assertNotSame(first, value.get());
        assertEquals(2, value.loads());
    }

    @Test
    void releasedAtOnceOnRequest() {
        value.get();
        value.release();
        assertFalse(value.loaded());
        value.get();
        assertEquals(2, value.loads());
    }
}
