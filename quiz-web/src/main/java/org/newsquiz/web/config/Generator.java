package org.newsquiz.web.config;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.question.QuestionSet;

/**
 * The core's generator for the whole application. Its models take seconds and a large part of the memory to load,
 * and most starts never draft anything (students take quizzes): they are loaded on the first draft, not at boot,
 * and released after {@code newsquiz.generator.release-after-idle} without drafting.
 * <p>
 * The core gives each thread its own taggers and chunker (thread locals that hold the models). On a pooled thread
 * they would outlive a release and keep the models in the heap, so each draft runs on a thread of its own that
 * ends with it.
 */
@ApplicationScoped
public class Generator {
    private static final Logger LOG = Logger.getLogger(Generator.class);
    /** Room for the generator's deepest parses and patterns, whatever -Xss the other threads have. */
    private static final long DRAFT_STACK_BYTES = 2L << 20;

    @ConfigProperty(name = "newsquiz.generator.release-after-idle")
    Duration releaseAfterIdle;

    private LoadedWhenUsed<QuizGenerator> models;
    private final ScheduledExecutorService idleCheck = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "generator-idle-check");
        thread.setDaemon(true);
        return thread;
    });

    @PostConstruct
    void init() {
        models = new LoadedWhenUsed<>(Generator::load, releaseAfterIdle, System::nanoTime);
        long every = Math.max(1, releaseAfterIdle.toSeconds() / 4);
        idleCheck.scheduleWithFixedDelay(this::releaseIfIdle, every, every, TimeUnit.SECONDS);
    }

    /** See {@link QuizGenerator#generate}; loads the models first when they are not loaded. */
    public QuestionSet generate(Article article, GenerationOptions options) {
        QuizGenerator generator = models.get();
        FutureTask<QuestionSet> draft = new FutureTask<>(() -> generator.generate(article, options));
        Thread thread = new Thread(null, draft, "generator-draft", DRAFT_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return draft.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("drafting failed", e.getCause());
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("drafting interrupted", e);
        }
    }

    /** Lets the models go now (after a one-off job such as the content library's first drafting). */
    public void release() {
        if (models.loaded()) {
            models.release();
            returnMemory("Generator models released");
        }
    }

    public boolean loaded() {
        return models.loaded();
    }

    private static QuizGenerator load() {
        long start = System.nanoTime();
        QuizGenerator generator = QuizGenerator.create();
        LOG.infof("Generator models loaded in %d ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return generator;
    }

    private void releaseIfIdle() {
        if (models.releaseIfIdle()) {
            returnMemory("Generator models released after " + releaseAfterIdle.toSeconds() + " s without drafting");
        }
    }

    /** The models are most of the heap; a collection now lets the JVM give that memory back to the system. */
    private static void returnMemory(String message) {
        System.gc();
        LOG.info(message);
    }

    @PreDestroy
    void stop() {
        idleCheck.shutdownNow();
    }
}
