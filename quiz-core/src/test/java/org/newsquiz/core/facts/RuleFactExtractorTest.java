package org.newsquiz.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;

class RuleFactExtractorTest {
    static FactSheet seed;

    @BeforeAll
    static void extract() {
        seed = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(SeedArticle.body()));
    }

    private static String roleOf(String person) {
        Entity e = seed.named(person);
        assertNotNull(e, person);
        return seed.rolesOf(e).get(0).description();
    }

    @Test
    void findsRolesBeforeAndAroundNames() {
        assertEquals("European Commission President", roleOf("Ursula von der Leyen"));
        assertEquals("NATO Secretary-General", roleOf("Mark Rutte"));
        assertEquals("Polish Foreign Minister", roleOf("Radoslaw Sikorski"));
        assertEquals("Trump's envoy", roleOf("Steve Witkoff"));
    }

    @Test
    void aHeAfterAQuoteIsNotThePersonTheSentenceBeforeNamedAfterItsVerb() {
        String text = "Library chief Petra Novak opened the new branch on Monday.\n\n"
                + "The council leader said the branch cost less than the one opened by Hugo Marsh last year. "
                + "\"We kept every promise we made,\" he said.";
        FactSheet facts = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(text));
        assertTrue(facts.quotes().stream().noneMatch(q -> q.text().startsWith("We kept every promise")
                && q.speaker() != null && q.speaker().name().equals("Hugo Marsh")), facts.quotes().toString());
    }

    @Test
    void attributesQuotesToTheirSpeakers() {
        Quote sikorski = seed.quotes().stream().filter(q -> q.text().startsWith("For peace to prevail")).findFirst().orElseThrow();
        assertEquals("Radoslaw Sikorski", sikorski.speaker().name());
        Quote macron = seed.quotes().stream().filter(q -> q.text().startsWith("There is only one state")).findFirst().orElseThrow();
        assertEquals("Macron", macron.speaker().name());
        assertEquals(EntityType.PERSON, macron.speaker().type());
    }

    @Test
    void tiesCrimeaTo2014() {
        Event annexed = seed.events().stream().filter(e -> e.lemma().equals("annex")).findFirst().orElseThrow();
        assertEquals("Russia", annexed.subject().name());
        assertEquals("Crimea", annexed.object());
        assertEquals("2014", annexed.year().name());
    }

    @Test
    void mergesNameVariantsAndDescriptions() {
        Entity zelensky = seed.named("Zelenskyy");
        assertEquals("Volodymyr Zelensky", zelensky.name());
        assertTrue(zelensky.isCalled("Zelensky"));
        assertEquals(seed.named("Trump"), seed.named("the U.S. president"));
        assertEquals(1, seed.ofType(EntityType.PERSON).stream().filter(p -> p.name().contains("Zelensk")).count());
    }

    @Test
    void keepsMoscowAsAGovernmentNotAPlaceToLocate() {
        Entity moscow = seed.named("Moscow");
        assertFalse(moscow.isLocated());
        assertTrue(moscow.mentions().stream().allMatch(Mention::metonymic));
        assertTrue(seed.named("Alaska").isLocated());
    }

    @Test
    void countsCiviliansKilledWithTheirSource() {
        NumericFact killed = seed.numbers().stream().filter(n -> n.lemma().equals("kill")).findFirst().orElseThrow();
        assertEquals(3, killed.value());
        assertEquals("civilians", killed.noun());
        assertEquals("Russian strikes on Kharkiv", killed.subject());
        assertEquals("Ukrainian authorities", killed.source());
    }
}
