package org.newsquiz.web.limits;

import io.smallrye.config.ConfigMapping;

/** {@code newsquiz.rate-limit.*}: the join and answer limits (see application.properties for the reasoning). */
@ConfigMapping(prefix = "newsquiz.rate-limit")
public interface RateLimitConfig {
    /** Joins (page form and API) per client address. */
    Limit join();

    /** Answer saves (page form and API) per attempt. */
    Limit answer();

    /** The most keys (addresses, attempts) tracked at once; beyond, new keys share one bucket. */
    int maxKeys();

    interface Limit {
        /** Requests allowed at once; 0 turns the limit off. */
        int capacity();

        /** Requests allowed per minute once the capacity is used up. */
        int perMinute();
    }
}
