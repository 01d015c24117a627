package org.newsquiz.web.limits;

import jakarta.enterprise.context.ApplicationScoped;

/** This instance's limiters, built from {@link RateLimitConfig} when first used. */
@ApplicationScoped
public class RateLimits {
    private final RateLimiter joins;
    private final RateLimiter joinPages;
    private final RateLimiter answers;

    public RateLimits(RateLimitConfig config) {
        this.joins = new RateLimiter(config.join().capacity(), config.join().perMinute(), config.maxKeys(),
                System::nanoTime);
        this.joinPages = new RateLimiter(config.join().capacity(), config.join().perMinute(), config.maxKeys(),
                System::nanoTime);
        this.answers = new RateLimiter(config.answer().capacity(), config.answer().perMinute(), config.maxKeys(),
                System::nanoTime);
    }

    RateLimiter joins() {
        return joins;
    }

    RateLimiter joinPages() {
        return joinPages;
    }

    RateLimiter answers() {
        return answers;
    }
}
