package org.newsquiz.web.limits;

/**
 * A bucket of {@code capacity} tokens refilled continuously at {@code perMinute}; each request takes one. A full
 * bucket is the same as a new one, which lets {@link RateLimiter} forget idle clients.
 */
final class TokenBucket {
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token and returns 0, or takes nothing and returns the nanoseconds until a token is there. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        if (tokensPerNano <= 0) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
        updatedAt = now;
    }
}
