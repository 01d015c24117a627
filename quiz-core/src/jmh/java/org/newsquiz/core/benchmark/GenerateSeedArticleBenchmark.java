package org.newsquiz.core.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.question.QuestionSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to draft the questions of the seed article, from its text to the question set, on one thread with
 * models loaded and code warm: the cost a teacher waits for once the service is running.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GenerateSeedArticleBenchmark {
    private static final String SEED = "articles/000_dc5d9eb8090fe75b.txt";

    private QuizGenerator generator;
    private String text;

    @Setup
    public void load() throws IOException {
        try (InputStream in = GenerateSeedArticleBenchmark.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IOException(SEED + " is not on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        generator = QuizGenerator.create();
    }

    @Benchmark
    public QuestionSet generateSeedArticle() {
        Article article = ArticleReaders.read(SEED, text);
        return generator.generate(article, GenerationOptions.DEFAULT);
    }
}
