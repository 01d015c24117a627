package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;

class ActorQuestionsTest {
    private static final ActorQuestions GENERATOR = new ActorQuestions();
    private static final String LIBRARY = Drafts.resource("/actors/library_hours.txt");
    private static final Set<String> PEOPLE = Set.of("Petra Novak", "Hugo Marsh", "Greta Lind", "Samuel Osei");

    @Test
    void theActorOpeningASentenceIsAskedWithTheRestAsWritten() {
        Draft who = Drafts.find(Drafts.of(GENERATOR, LIBRARY),
                "Who announced on Monday that all six branches in Alder Valley would open on Sundays from March?");
        assertEquals(QuestionType.MULTIPLE_CHOICE, who.type());
        assertEquals(List.of("Petra Novak"), who.answers());
        assertEquals(4, who.options().size());
        assertTrue(PEOPLE.containsAll(who.options()), who.options()::toString);
    }

    @Test
    void aPronounOpeningTheSentenceIsAskedWhenOnlyOnePersonCanBeMeant() {
        Draft who = Drafts.find(Drafts.of(GENERATOR, LIBRARY), "Who said the longer hours would be paid for by closing the mobile library van, "
                + "which now visits only four villages?");
        assertEquals(List.of("Petra Novak"), who.answers());
    }

    @Test
    void aSpeakerNamedAfterTheWordsIsAskedForThem() {
        Draft who = Drafts.find(Drafts.of(GENERATOR, LIBRARY), "Who told the council that the van had carried books to elderly readers for 31 years?");
        assertEquals(List.of("Hugo Marsh"), who.answers());
        assertFalse(who.options().contains("Hugo Marsh") && who.options().stream().anyMatch(o -> o.endsWith("Marsh") && !o.equals("Hugo Marsh")));
    }

    @Test
    void aSecondClauseWithItsOwnSubjectIsLeftOut() {
        Draft who = Drafts.find(Drafts.of(GENERATOR, LIBRARY), "Who welcomed the Sunday opening?");
        assertEquals(List.of("Hugo Marsh"), who.answers());
    }

    @Test
    void aNameIsBlankedWhenTheSentenceHasNoActorToAskFor() {
        List<Draft> drafts = Drafts.of(GENERATOR, LIBRARY + "\n\nThe first signatures were handed to Petra Novak on Friday.\n");
        Draft blank = Drafts.find(drafts, "Which name fills the blank? The first signatures were handed to _____ on Friday.");
        assertEquals(List.of("Petra Novak"), blank.answers());
        assertEquals(4, blank.options().size(), blank.options().toString());
    }

    @Test
    void heIsThePersonTheSentenceJustBeforeNamesAsItsSubject() {
        String text = "Councillor Hugo Marsh set aside £1m for the branches. "
                + "But opposition members said the money would not last a year. "
                + "He urged the council to close the van instead.\n\n"
                + "Library chief Petra Novak thanked readers for their patience. "
                + "She promised that the Sunday opening would start in March.\n\n"
                + "Union leader Greta Lind met Samuel Osei on Friday.";
        List<Draft> drafts = Drafts.of(GENERATOR, text);
        assertTrue(drafts.stream().noneMatch(d -> d.prompt().contains("urged the council")), drafts.toString());
        Draft promised = Drafts.find(drafts, "Who promised that the Sunday opening would start in March?");
        assertEquals(List.of("Petra Novak"), promised.answers());
    }

    @Test
    void aGroupOfPeopleReadAsANameIsNoOption() {
        String text = "Association of Chief Librarians Officers president Ines Calder said the van would go. "
                + "Councillor Hugo Marsh welcomed the Sunday opening on Monday. "
                + "Union leader Greta Lind warned that staff would work extra weekends. "
                + "Retired teacher Samuel Osei started a petition against the closure.";
        for (DraftGenerator generator : List.of(GENERATOR, new RoleQuestions())) {
            for (Draft d : Drafts.of(generator, text)) {
                assertFalse(String.join(" ", d.options()).contains("Officers") || d.answers().toString().contains("Officers"), d.toString());
            }
        }
    }

    @Test
    void aNameTheArticleGivesOnceIsNotBlanked() {
        List<Draft> drafts = Drafts.of(GENERATOR, LIBRARY + "\n\nThe first signatures were handed to Ana Ruiz on Friday.\n");
        assertTrue(drafts.stream().noneMatch(d -> d.prompt().contains("handed to _____")), drafts.toString());
    }

    @Test
    void noNameIsBlankedBesideWordsThatPointToIt() {
        // "Retired teacher _____" offers three who are not retired teachers.
        for (Draft d : Drafts.of(GENERATOR, LIBRARY)) {
            assertFalse(d.prompt().contains("teacher _____"), d.prompt());
        }
        String list = "Councillor Hugo Marsh and union leader Greta Lind spoke at the meeting. "
                + "Petitions were signed by readers including Samuel Osei, Ana Ruiz and Tom Kelly.";
        for (Draft d : Drafts.of(GENERATOR, list)) {
            assertFalse(d.prompt().contains("_____"), d.prompt());
        }
    }

    @Test
    void sentencesLeaningOnWhatCameBeforeOrInsideAQuotationAreNotAsked() {
        for (Draft d : Drafts.of(GENERATOR, LIBRARY)) {
            String p = d.prompt().toLowerCase(Locale.ROOT);
            assertFalse(p.contains("how many jobs"), d.prompt());
            assertFalse(p.contains("behind closed doors") || p.contains("consulted"), d.prompt());
        }
    }

    @Test
    void everyDraftHasOneAnswerAmongDistinctOptionsNoneOfThemNamedInItsSentence() {
        List<Draft> drafts = Drafts.of(GENERATOR, LIBRARY);
        assertTrue(drafts.size() >= 5, drafts.stream().map(Draft::prompt).toList()::toString);
        for (Draft d : drafts) {
            assertEquals(1, d.answers().size(), d.prompt());
            assertEquals(d.options().size(), Set.copyOf(d.options()).size(), d.prompt());
            assertTrue(d.options().containsAll(d.answers()), d.prompt());
            for (String o : d.options()) {
                if (!d.answers().contains(o) && d.type() == QuestionType.MULTIPLE_CHOICE) {
                    assertFalse(d.prompt().contains(o), d.prompt() + " offers " + o);
                }
            }
        }
    }

    @Test
    void theCompanyMeansTheOneOrganisationNamedJustBefore() {
        List<Draft> drafts = Drafts.of(GENERATOR, Drafts.resource("/actors/bakery_merger.txt"));
        Draft kept = drafts.stream().filter(d -> d.prompt().contains("would keep all 38 Marlow shops open")).findFirst()
                .orElseThrow(() -> new AssertionError(drafts.stream().map(Draft::prompt).toList().toString()));
        assertEquals("Who said it would keep all 38 Marlow shops open for at least two years?", kept.prompt());
        assertEquals(List.of("Kestrel Bakeries Group"), kept.answers());
        assertEquals(Set.of("Kestrel Bakeries Group", "Tesco", "European Commission"), Set.copyOf(kept.options()));
    }

    @Test
    void aFirmNamedLikeAPersonIsNeverOfferedAsOne() {
        for (Draft d : Drafts.of(GENERATOR, Drafts.resource("/actors/bakery_merger.txt"))) {
            assertFalse(d.options().contains("Harlow Street Research") && d.tags().contains("person"), d.prompt() + " " + d.options());
            assertFalse(d.prompt().contains("the unions would first ask"), d.prompt());
        }
    }

    @Test
    void withOnlyTwoPeopleTheActIsALastResortStatementAboutOneOfThem() {
        String text = "Hannah Okafor won the village baking contest with a lemon tart on Saturday afternoon.\n\n"
                + "Judge Pieter Smit praised the crisp pastry and the sharp filling of the winning tart.\n";
        List<Draft> drafts = Drafts.of(GENERATOR, text);
        Draft praise = drafts.stream().filter(d -> d.prompt().endsWith("praised the crisp pastry and the sharp filling of the winning tart."))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.stream().map(Draft::prompt).toList().toString()));
        assertEquals(QuestionType.TRUE_FALSE, praise.type());
        assertTrue(praise.tags().contains(ActorQuestions.FALLBACK), praise.tags()::toString);
        boolean named = praise.prompt().startsWith("True or false? Pieter Smit praised");
        assertTrue(named || praise.prompt().startsWith("True or false? Hannah Okafor praised"), praise.prompt());
        assertEquals(List.of(named ? "True" : "False"), praise.answers());
    }
}
