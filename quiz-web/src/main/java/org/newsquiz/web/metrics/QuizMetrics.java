package org.newsquiz.web.metrics;

import java.util.function.Supplier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's own figures at /q/metrics, beside the HTTP, JVM and connection-pool ones. Registered at start so
 * a dashboard sees zeros, not gaps, before the first student arrives.
 */
@Startup
@ApplicationScoped
public class QuizMetrics {
    private final Counter attemptsStarted;
    private final Counter answersSaved;
    private final Counter attemptsSubmitted;
    private final Timer generation;

    QuizMetrics(MeterRegistry registry) {
        attemptsStarted = Counter.builder("newsquiz.attempts.started")
                .description("Attempts started by students").register(registry);
        answersSaved = Counter.builder("newsquiz.answers.saved")
                .description("Answers stored (a changed answer counts again)").register(registry);
        attemptsSubmitted = Counter.builder("newsquiz.attempts.submitted")
                .description("Attempts submitted and graded").register(registry);
        generation = Timer.builder("newsquiz.generation")
                .description("Time to draft the questions of one article").register(registry);
    }

    public void attemptStarted() {
        attemptsStarted.increment();
    }

    public void answerSaved() {
        answersSaved.increment();
    }

    public void attemptSubmitted() {
        attemptsSubmitted.increment();
    }

    /** Runs one generation and records how long it took, also when the article is refused. */
    public <T> T timeGeneration(Supplier<T> generate) {
        return generation.record(generate);
    }
}
