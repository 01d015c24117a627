package org.newsquiz.core;

/**
 * How many questions to keep at most, the seed that fixes every shuffle, and whether wrong options are drawn at
 * random from all the article's candidates instead of its most prominent ones (for a teacher asking for other
 * distractors).
 */
public record GenerationOptions(int maxQuestions, long seed, boolean varyDistractors) {
    public static final GenerationOptions DEFAULT = new GenerationOptions(25, 42L);

    public GenerationOptions {
        if (maxQuestions < 1) {
            throw new IllegalArgumentException("maxQuestions must be at least 1");
        }
    }

    public GenerationOptions(int maxQuestions, long seed) {
        this(maxQuestions, seed, false);
    }
}
