package org.newsquiz.core.facts;

import org.newsquiz.core.nlp.AnalyzedText;

/** Finds the facts of an analysed article. Implementations are thread-safe. */
public interface FactExtractor {
    FactSheet extract(AnalyzedText text);
}
