package org.newsquiz.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aKeyGetsItsCapacityAtOnceThenTheRefillRate() {
        RateLimiter limiter = new RateLimiter(3, 60, 100, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        long wait = limiter.acquire("a");
        assertEquals(TimeUnit.SECONDS.toNanos(1), wait, 1_000);
        advanceMillis(500);
        assertTrue(limiter.acquire("a") > 0, "half a token is not a token");
        advanceMillis(500);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
    }

    @Test
    void keysAreIndependentAndFullBucketsAreForgotten() {
        RateLimiter limiter = new RateLimiter(2, 120, 100, now::get);
        limiter.acquire("a");
        limiter.acquire("a");
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
        assertEquals(2, limiter.size());
        advanceMillis(60_000);
        limiter.acquire("c");
        assertEquals(1, limiter.size(), "a and b had filled up again and were dropped");
        assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void pastTheMostKeysNewKeysShareOneBucket() {
        RateLimiter limiter = new RateLimiter(2, 60, 2, now::get);
        limiter.acquire("a");
        limiter.acquire("b");
        assertEquals(0, limiter.acquire("flood-1"));
        assertEquals(0, limiter.acquire("flood-2"));
        assertTrue(limiter.acquire("flood-3") > 0, "the third new key shares the exhausted overflow bucket");
        assertEquals(3, limiter.size());
        assertEquals(0, limiter.acquire("a"), "known keys keep their own bucket");
    }

    @Test
    void capacityZeroTurnsTheLimitOff() {
        RateLimiter limiter = new RateLimiter(0, 0, 10, now::get);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
        assertEquals(0, limiter.size());
    }
}
