package org.newsquiz.web.quiz;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsquiz.web.boot.StartupRetries;

/**
 * Preparing the content library (importing its articles, drafting and publishing their quizzes) takes the generator's
 * models and many seconds: it runs here, after the instance is ready, so that students and teachers are served from
 * the first second. The home page says the library is being prepared until it is done.
 */
@ApplicationScoped
public class LibraryPreparation {
    private final AtomicInteger unfinished = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "library-preparation");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    StartupRetries retries;

    /** Runs {@code work} in the background, again later while it fails; {@link #preparing()} until it succeeded. */
    public void start(String what, Runnable work) {
        unfinished.incrementAndGet();
        worker.execute(() -> retries.run(what, () -> {
            work.run();
            unfinished.decrementAndGet();
        }));
    }

    public boolean preparing() {
        return unfinished.get() > 0;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
