package org.newsquiz.web.boot;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Start-up work that needs the database (the first administrator, the content library, drafting batches left
 * queued): when the database breaks it off — restarting, failing over — the instance starts and serves anyway, and
 * the work is tried again in the background. Each task is one transaction, so a broken-off run leaves nothing.
 */
@ApplicationScoped
public class StartupRetries {
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "start-up-retry");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code task} now and, while it fails, again after 15 s, 30 s, … up to every 5 minutes. */
    public void run(String what, Runnable task) {
        new RetryLater(scheduler, Duration.ofSeconds(15), Duration.ofMinutes(5)).run(what, task);
    }

    /** As {@link #run}, but the first try too runs in the background: for work that need not hold up the start. */
    public void runInBackground(String what, Runnable task) {
        scheduler.execute(() -> run(what, task));
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
