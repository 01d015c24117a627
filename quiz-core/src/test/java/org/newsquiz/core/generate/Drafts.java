package org.newsquiz.core.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** A test resource's text; for an article under {@code /structure/} or {@code /actors/}, without its title line. */
    static String resource(String name) {
        try (InputStream in = Drafts.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return name.matches("/(structure|actors)/.*") ? text.substring(text.indexOf('\n') + 1) : text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The draft with exactly this prompt; the failure lists the prompts there are. */
    static Draft find(List<Draft> drafts, String prompt) {
        return drafts.stream().filter(d -> d.prompt().equals(prompt)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft \"" + prompt + "\" among " + drafts.stream().map(Draft::prompt).toList()));
    }

    static List<String> prompts(DraftGenerator generator, String text, QuestionType type) {
        return of(generator, text).stream().filter(d -> d.type() == type).map(Draft::prompt).toList();
    }
}
