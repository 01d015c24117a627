package org.newsquiz.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;

class AppositionRolesTest {
    private static final String TEXT = "The library in Harwick will open on Sundays from May, said Professor Elena Varga,"
            + " who leads the regional reading programme.\n\n"
            + "Professor Tomas Ruud, head of history at a Bergen college, said the change was overdue.\n\n"
            + "Oliver Grant, a taxi driver whose daughter studies there, said he would bring her on Sundays.";

    private static FactSheet facts;

    @BeforeAll
    static void extract() {
        facts = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(TEXT));
    }

    private static List<String> rolesOf(String person) {
        Entity e = facts.named(person);
        assertNotNull(e, person);
        return facts.rolesOf(e).stream().map(Role::description).toList();
    }

    @Test
    void readsAnOfficeVerbAfterTheNameAsATitle() {
        assertEquals(List.of("leader of the regional reading programme", "Professor"), rolesOf("Elena Varga"));
    }

    @Test
    void givesAPreTitledNameItsAppositionToo() {
        assertEquals(List.of("head of history at a Bergen college", "Professor"), rolesOf("Tomas Ruud"));
    }

    @Test
    void keepsTheArticleBeforeADemonymAndACommonNounsPossessiveAsAffiliation() {
        FactSheet sheet = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(
                "The asteroid was named after Marta Ondrova, a Czech astronomer who studied comets.\n\n"
                        + "Paolo Ferraresi, the agency's mission manager for Aurelia, said the probe was healthy."));
        assertEquals(List.of("a Czech astronomer"), sheet.rolesOf(sheet.named("Marta Ondrova")).stream().map(Role::description).toList());
        assertEquals(List.of("the agency's mission manager for Aurelia"),
                sheet.rolesOf(sheet.named("Paolo Ferraresi")).stream().map(Role::description).toList());
    }

    @Test
    void aNameWhosePossessiveGivesOthersTheirRolesIsNoPerson() {
        FactSheet sheet = new RuleFactExtractor(Lexicon.shared()).extract(OpenNlpAnalyzer.load().analyze(
                "Kestrel Bay, who finished second in the league, dominated the first half.\n\n"
                        + "Kestrel Bay's goalkeeper Ellie Marsh then saved a header from Lindqvist."));
        assertEquals(List.of("Ellie Marsh"), sheet.ofType(EntityType.PERSON).stream().map(Entity::name).toList());
    }

    @Test
    void endsAnAppositionAtARelativeClause() {
        assertEquals(List.of("a taxi driver"), rolesOf("Oliver Grant"));
    }
}
