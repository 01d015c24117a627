package org.newsquiz.core.nlp;

/** Splits a body into sentences and tokens with tags and lemmas. Implementations are thread-safe. */
public interface TextAnalyzer {
    AnalyzedText analyze(String body);
}
