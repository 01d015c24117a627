package org.newsquiz.web.boot;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs a task now and, when it fails (the database went away, say), again later on {@code scheduler}, waiting
 * twice as long after each failure up to {@code longest}, until it succeeds or the scheduler is shut down.
 */
final class RetryLater {
    private static final Logger LOG = Logger.getLogger(RetryLater.class);

    private final ScheduledExecutorService scheduler;
    private final Duration first;
    private final Duration longest;

    RetryLater(ScheduledExecutorService scheduler, Duration first, Duration longest) {
        this.scheduler = scheduler;
        this.first = first;
        this.longest = longest;
    }

    /** Runs {@code task} until it completes without an exception; {@code what} names it in the log. */
    void run(String what, Runnable task) {
        attempt(what, task, first);
    }

    private void attempt(String what, Runnable task, Duration delay) {
        try {
            task.run();
        } catch (RuntimeException e) {
            if (scheduler.isShutdown()) {
                LOG.warnf("%s failed (%s) while stopping; it runs again at the next start", what, reason(e));
                return;
            }
            LOG.warnf("%s failed (%s); trying again in %d s", what, reason(e), delay.toSeconds());
            Duration next = delay.multipliedBy(2).compareTo(longest) > 0 ? longest : delay.multipliedBy(2);
            try {
                scheduler.schedule(() -> attempt(what, task, next), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                LOG.debugf("%s not rescheduled: stopping", what);
            }
        }
    }

    /** The innermost cause's message: for a lost database, the driver's own words. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
