package org.newsquiz.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;
import org.newsquiz.core.nlp.TextAnalyzer;

class DatedFinderTest {
    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.load();

    private static FactSheet facts(String body) {
        return new RuleFactExtractor(Lexicon.shared()).extract(ANALYZER.analyze(body));
    }

    private static List<String> dated(String body) {
        return facts(body).dated().stream().map(d -> d.year() + " " + d.statement()).toList();
    }

    @Test
    void readsPassivesWithFullDates() {
        assertEquals(List.of("1941 Solberg was born"), dated("Astrid Marie Solberg was born on March 3, 1941, in Bergen."));
    }

    @Test
    void readsParticipleAppositionsAndASharedSubject() {
        assertEquals(List.of("1921 Aldermoor was founded", "1985 Aldermoor last lifted the cup"),
                dated("Aldermoor, founded in 1921, last lifted the cup in 1985 and lost the finals of 1998 and 2014."));
    }

    @Test
    void aSecondVerbSharesTheOpeningPassive() {
        FactSheet f = facts("Calder House was built by the city council in 1968 and sold to Greystone in 2011.");
        assertEquals(List.of("was Calder House sold to Greystone"), f.dated().stream().map(DatedFact::questionForm).toList());
        assertEquals(List.of("did Aldermoor defeat Kestrel Bay"), facts("Aldermoor was founded in 1921 and defeated Kestrel Bay in 1985.")
                .dated().stream().filter(d -> d.year() == 1985).map(DatedFact::questionForm).toList());
    }

    @Test
    void aVerbOfGoingWithoutItsPlaceIsNoFact() {
        assertEquals(List.of("2009 the club was relegated from the top division"),
                dated("The club was relegated from the top division in 2009 and returned in 2019."));
        assertEquals(List.of("2019 Germany returned to the talks"),
                dated("Germany returned to the talks in 2019."));
    }

    @Test
    void readsAFrontedYearAndSkipsADashedParenthesis() {
        assertEquals(List.of("2014 Russia annexed Crimea", "2022 Russia declared four more Ukrainian regions as its territory"),
                dated("Russia annexed Crimea in 2014 and, in 2022, declared four more Ukrainian regions \u2014 Donetsk, Lugansk, "
                        + "Kherson, and Zaporizhzhia \u2014 as its territory."));
    }

    @Test
    void resolvesSheToTheLastPersonWhoOpenedASentence() {
        List<String> found = dated("Astrid Marie Solberg was born on March 3, 1941, in Bergen. "
                + "\"She was stubborn,\" said Professor Henrik Aasen. In 1970 she joined the Institute of Marine Research in Bergen.");
        assertTrue(found.contains("1970 Solberg joined the Institute of Marine Research in Bergen"), found.toString());
    }

    @Test
    void skipsAYearThatBelongsToAPossessiveSubjectsOwner() {
        assertEquals(List.of(), dated("Solberg's husband, the geologist Per Dahl, died in 2017."));
    }

    @Test
    void readsAppositiveRolesWithPossessivesAndPrepositions() {
        FactSheet f = facts("\"We will grow,\" said Anders Lindgren, Nordvik's chief executive. "
                + "Maria Cunha, the president of the regional farmers' association, said the cut was too deep. "
                + "Jonas Ek, a transport analyst at a Stockholm brokerage, said the price was fair. "
                + "The tax will rise, according to the council's finance officer, Priya Shah.");
        assertEquals("Nordvik's chief executive", f.rolesOf(f.named("Anders Lindgren")).get(0).description());
        assertEquals("president of the regional farmers' association", f.rolesOf(f.named("Maria Cunha")).get(0).description());
        assertEquals("a transport analyst at a Stockholm brokerage", f.rolesOf(f.named("Jonas Ek")).get(0).description());
        assertEquals("the council's finance officer", f.rolesOf(f.named("Priya Shah")).get(0).description());
    }
}
