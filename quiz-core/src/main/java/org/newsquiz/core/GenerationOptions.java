package org.newsquiz.core;

/** How many questions to keep at most, and the seed that fixes every shuffle. */
public record GenerationOptions(int maxQuestions, long seed) {
    public static final GenerationOptions DEFAULT = new GenerationOptions(40, 42L);

    public GenerationOptions {
        if (maxQuestions < 1) {
            throw new IllegalArgumentException("maxQuestions must be at least 1");
        }
    }
}
