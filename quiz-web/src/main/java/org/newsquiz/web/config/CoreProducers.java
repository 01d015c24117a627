package org.newsquiz.web.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newsquiz.core.grading.Grader;

/** Adapts the framework-free core to CDI (the generator, whose models load on first use, is {@link Generator}). */
public class CoreProducers {

    @Produces
    @Singleton
    Grader grader() {
        return new Grader();
    }
}
