package org.newsquiz.web.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.grading.Grader;

/** Adapts the framework-free core to CDI: one generator (its models load once) shared by all requests. */
public class CoreProducers {

    @Produces
    @Singleton
    QuizGenerator quizGenerator() {
        return QuizGenerator.create();
    }

    @Produces
    @Singleton
    Grader grader() {
        return new Grader();
    }
}
