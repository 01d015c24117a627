package org.newsquiz.core.generate;

import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactSheet;

/** Turns one kind of fact into candidate questions. Implementations are stateless and thread-safe. */
public interface DraftGenerator {
    List<Draft> generate(FactSheet facts, Distractors distractors);
}
