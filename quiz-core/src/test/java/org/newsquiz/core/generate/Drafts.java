package org.newsquiz.core.generate;

import java.util.List;
import org.newsquiz.core.distractor.Distractors;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Lexicon;
import org.newsquiz.core.facts.RuleFactExtractor;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;
import org.newsquiz.core.question.QuestionType;

/** Runs one generator over a short text, for tests of single rules. */
final class Drafts {
    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.load();

    private Drafts() {
    }

    static FactSheet facts(String text) {
        return new RuleFactExtractor(Lexicon.shared()).extract(ANALYZER.analyze(text));
    }

    static List<Draft> of(DraftGenerator generator, String text) {
        return of(generator, text, 7);
    }

    static List<Draft> of(DraftGenerator generator, String text, long seed) {
        FactSheet facts = facts(text);
        return generator.generate(facts, new Distractors(facts, Lexicon.shared(), seed));
    }

    static List<String> prompts(DraftGenerator generator, String text, QuestionType type) {
        return of(generator, text).stream().filter(d -> d.type() == type).map(Draft::prompt).toList();
    }
}
