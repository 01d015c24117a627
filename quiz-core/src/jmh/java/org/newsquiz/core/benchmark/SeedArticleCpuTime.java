package org.newsquiz.core.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * CPU time of the generating thread per seed article, once warm. Unlike wall-clock time it hardly moves when
 * other processes share the cores, so it shows what one core sustains on a busy machine:
 * {@code java -cp target/quiz-core-benchmarks.jar org.newsquiz.core.benchmark.SeedArticleCpuTime [runs]}.
 */
public final class SeedArticleCpuTime {
    private static final int WARM_UP_RUNS = 200;

    private SeedArticleCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        GenerateSeedArticleBenchmark benchmark = new GenerateSeedArticleBenchmark();
        benchmark.load();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            benchmark.generateSeedArticle();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = threads.getCurrentThreadCpuTime();
            benchmark.generateSeedArticle();
            millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[runs / 2];
        System.out.printf("thread CPU per article over %d runs: min %.1f ms, median %.1f ms, p90 %.1f ms; %.0f articles/s per core%n",
                runs, millis[0], median, millis[runs * 9 / 10], 1000 / median);
    }
}
