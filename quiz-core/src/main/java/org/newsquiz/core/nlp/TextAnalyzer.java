package org.newsquiz.core.nlp;

import org.newsquiz.core.text.Markup;

/** Splits a body into sentences and tokens with tags and lemmas. Implementations are thread-safe. */
public interface TextAnalyzer {
    AnalyzedText analyze(String body, Markup markup);

    default AnalyzedText analyze(String body) {
        return analyze(body, Markup.PLAIN);
    }
}
