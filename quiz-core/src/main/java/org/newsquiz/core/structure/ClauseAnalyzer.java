package org.newsquiz.core.structure;

import java.util.List;
import org.newsquiz.core.text.Sentence;

/** Finds the clauses of a sentence: who did what, to what, when, where, why and how. */
public interface ClauseAnalyzer {
    /** The clauses of {@code sentence} in text order, the main clause first among those that share a start. */
    List<Clause> analyze(Sentence sentence);
}
