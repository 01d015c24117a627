package org.newsquiz.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;
import org.newsquiz.core.text.Sentence;

class ChunkClauseAnalyzerTest {
    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.load();
    private static final ClauseAnalyzer CLAUSES = ChunkClauseAnalyzer.load();

    private static Sentence sentence(String text) {
        return ANALYZER.analyze(text).sentences().get(0);
    }

    private static Clause main(Sentence s) {
        List<Clause> clauses = CLAUSES.analyze(s);
        assertFalse(clauses.isEmpty(), "no clause in: " + s.text());
        assertTrue(clauses.get(0).main());
        return clauses.get(0);
    }

    @Test
    void subjectVerbObjectTimeAndReason() {
        Sentence s = sentence("Mayor Elena Varga proposed the footbridge last spring because the old ferry kept breaking down.");
        Clause c = main(s);
        assertEquals("Mayor Elena Varga", c.subject().text(s));
        assertEquals("propose", c.verb().lemma());
        assertEquals(VerbGroup.Tense.PAST, c.verb().tense());
        assertTrue(c.verb().auxiliaries().isEmpty());
        assertEquals("the footbridge", c.object().text(s));
        assertEquals("last spring", c.adjunct(Phrase.Kind.TIME).text(s));
        assertEquals("because the old ferry kept breaking down", c.adjunct(Phrase.Kind.REASON).text(s));
    }

    @Test
    void prepositionalSubjectAndTimeAfterThePlace() {
        Sentence s = sentence("The council of Port Maren approved a new footbridge across the harbour on Tuesday night.");
        Clause c = main(s);
        assertEquals("The council of Port Maren", c.subject().text(s));
        assertEquals("a new footbridge", c.object().text(s));
        assertEquals("on Tuesday night", c.adjunct(Phrase.Kind.TIME).text(s));
    }

    @Test
    void auxiliariesPassiveAndNegation() {
        Sentence passive = sentence("The plan has been rejected by the council.");
        Clause p = main(passive);
        assertEquals("reject", p.verb().lemma());
        assertTrue(p.verb().passive());
        assertEquals(VerbGroup.Tense.PERFECT, p.verb().tense());
        assertEquals(List.of("has", "been"), p.verb().auxiliaries());

        Sentence negated = sentence("The council did not approve the plan.");
        Clause n = main(negated);
        assertTrue(n.verb().negated());
        assertEquals("approve", n.verb().lemma());

        Sentence future = sentence("Engineers from Delta Works will build the bridge.");
        assertEquals(VerbGroup.Tense.FUTURE, main(future).verb().tense());
        assertEquals("Engineers from Delta Works", main(future).subject().text(future));
    }

    @Test
    void appositionIsLiftedOutOfTheSubject() {
        Sentence s = sentence("Parvel, the dairy company which went bust last year, hopes to return to the stock exchange in July.");
        Clause c = main(s);
        assertEquals("Parvel", c.subject().text(s));
        assertEquals("hope", c.verb().lemma());
    }

    @Test
    void conjoinedVerbPhrasesShareTheSubject() {
        Sentence s = sentence("The union rejected the offer and called a strike.");
        List<Clause> clauses = CLAUSES.analyze(s);
        assertEquals(2, clauses.size());
        assertTrue(clauses.get(1).sharedSubject());
        assertEquals("The union", clauses.get(1).subject().text(s));
        assertEquals("a strike", clauses.get(1).object().text(s));
    }

    @Test
    void reportedClauseIsTheComplement() {
        Sentence s = sentence("Many experts say the benefits of the drugs outweigh the risks.");
        Clause c = main(s);
        assertEquals("say", c.verb().lemma());
        assertEquals(Phrase.Kind.COMPLEMENT, c.object().kind());
        assertEquals("the benefits of the drugs outweigh the risks", c.object().text(s));
    }

    @Test
    void quotedWordsAreNoClauseOfTheSentence() {
        Sentence s = sentence("\"We will fight this decision,\" the union said.");
        List<Clause> clauses = CLAUSES.analyze(s);
        assertEquals(1, clauses.size());
        assertEquals("the union", clauses.get(0).subject().text(s));
        assertEquals("say", clauses.get(0).verb().lemma());
    }
}
