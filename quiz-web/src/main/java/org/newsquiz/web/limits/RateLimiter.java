package org.newsquiz.web.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key (a client address, an attempt), local to this instance. Buckets that have filled up again
 * are dropped, so memory follows the clients active in the last moments; past {@code maxKeys} new keys share one
 * bucket, so a flood of invented keys is limited as one client instead of growing the table.
 */
final class RateLimiter {
    static final String OVERFLOW_KEY = "";

    private final int capacity;
    private final int perMinute;
    private final int maxKeys;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    RateLimiter(int capacity, int perMinute, int maxKeys, LongSupplier clock) {
        this.capacity = capacity;
        this.perMinute = perMinute;
        this.maxKeys = maxKeys;
        this.clock = clock;
        this.lastSweep = clock.getAsLong();
    }

    boolean enabled() {
        return capacity > 0;
    }

    /** 0 when {@code key} may go ahead, else the nanoseconds to wait before it may try again. */
    long acquire(String key) {
        if (!enabled()) {
            return 0;
        }
        long now = clock.getAsLong();
        long sinceSweep = now - lastSweep;
        if (sinceSweep >= sweepInterval() || buckets.size() >= maxKeys && sinceSweep >= 1_000_000_000L) {
            sweep(now);
        }
        TokenBucket bucket = buckets.get(key);
        if (bucket == null) {
            String kept = buckets.size() < maxKeys ? key : OVERFLOW_KEY;
            bucket = buckets.computeIfAbsent(kept, k -> new TokenBucket(capacity, perMinute, now));
        }
        return bucket.take(now);
    }

    int size() {
        return buckets.size();
    }

    private void sweep(long now) {
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.full(now));
    }

    /** About the time an emptied bucket takes to fill, at least a second. */
    private long sweepInterval() {
        long fill = perMinute <= 0 ? 60_000_000_000L : (long) (capacity * 60e9 / perMinute);
        return Math.max(1_000_000_000L, Math.min(fill, 60_000_000_000L));
    }
}
