package org.newsquiz.web.config;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value that is expensive to hold (the NLP models): loaded by the first {@link #get()}, not before, and let go by
 * {@link #releaseIfIdle()} once nobody has asked for it for {@code idle}. The next {@code get()} loads it again.
 * Callers keep the instance they got for the whole of one use, so a release never disturbs work in progress.
 */
final class LoadedWhenUsed<T> {
    private final Supplier<T> loader;
    private final long idleNanos;
    private final LongSupplier clock;
    private T value;
    private long lastUse;
    private int loads;

    LoadedWhenUsed(Supplier<T> loader, Duration idle, LongSupplier clock) {
        this.loader = loader;
        this.idleNanos = idle.toNanos();
        this.clock = clock;
    }

    synchronized T get() {
        if (value == null) {
            value = loader.get();
            loads++;
        }
        lastUse = clock.getAsLong();
        return value;
    }

    /** Drops the value when it has not been asked for within the idle time; {@code true} when it did. */
    synchronized boolean releaseIfIdle() {
        if (value == null || clock.getAsLong() - lastUse < idleNanos) {
            return false;
        }
        value = null;
        return true;
    }

    /** Drops the value now, used or not. */
    synchronized void release() {
        value = null;
    }

    synchronized boolean loaded() {
        return value != null;
    }

    synchronized int loads() {
        return loads;
    }
}
