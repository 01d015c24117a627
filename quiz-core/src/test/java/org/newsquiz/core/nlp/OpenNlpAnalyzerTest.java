package org.newsquiz.core.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.text.Sentence;

class OpenNlpAnalyzerTest {
    static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.load();

    @Test
    void skipsHeadingsAndKeepsAbbreviationsInsideSentences() {
        AnalyzedText text = ANALYZER.analyze(SeedArticle.body());
        String body = SeedArticle.body();
        assertTrue(text.headings().stream().anyMatch(h -> h.of(body).equals("Security Guarantees on the Table")));
        assertFalse(text.sentences().stream().anyMatch(s -> s.text().startsWith("Security Guarantees")));
        assertTrue(text.sentences().stream().anyMatch(
                s -> s.text().startsWith("The talks come just days after U.S. President Donald Trump met")));
        for (Sentence s : text.sentences()) {
            assertEquals(NormalizedOf(body, s), s.text());
        }
    }

    private static String NormalizedOf(String body, Sentence s) {
        return org.newsquiz.core.text.NormalizedText.of(s.bodySpan().of(body)).text();
    }

    @Test
    void splitsPossessivesAndLemmatisesVerbs() {
        Sentence s = ANALYZER.analyze("Trump's envoy Steve Witkoff revealed the plan.").sentences().get(0);
        assertEquals("Trump", s.tokens().get(0).text());
        assertEquals("'s", s.tokens().get(1).text());
        assertEquals("reveal", s.tokens().get(5).lemma());
    }

    @Test
    void givesTheSameAnalysisOnManyThreads() throws Exception {
        String body = SeedArticle.body();
        List<String> expected = ANALYZER.analyze(body).sentences().stream().map(Sentence::text).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<List<String>> task = () -> ANALYZER.analyze(body).sentences().stream().map(Sentence::text).toList();
            List<Future<List<String>>> results = pool.invokeAll(List.of(task, task, task, task, task, task));
            for (Future<List<String>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
