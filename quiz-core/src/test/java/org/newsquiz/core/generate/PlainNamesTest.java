package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Role;

/** A titled name is shortened only when the whole title is known, so no title is left half. */
class PlainNamesTest {
    private static final FactSheet FACTS = Drafts.facts("Ella Park, the transport minister, opened the new bridge on Monday. "
            + "Her rival Tom Lind said the bridge cost too much. The bridge cost 20m pounds.");

    private static String titled() {
        Role r = FACTS.roles().stream().filter(x -> x.person().name().equals("Ella Park")).findFirst().orElseThrow();
        return r.description() + " " + r.person().name();
    }

    @Test
    void aWholeTitleGivesWayToTheShortName() {
        assertEquals("Park opened the new bridge.", EventQuestions.plainNames(titled() + " opened the new bridge.", FACTS));
        assertEquals("It was opened by Park.", EventQuestions.plainNames("It was opened by " + titled() + ".", FACTS));
    }

    @Test
    void aTitleWithWordsBeforeItIsLeftWhole() {
        String text = "Former regional " + titled() + " had fought for it.";
        assertEquals(text, EventQuestions.plainNames(text, FACTS));
    }
}
