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
    void endsAnAppositionAtARelativeClause() {
        assertEquals(List.of("a taxi driver"), rolesOf("Oliver Grant"));
    }
}
