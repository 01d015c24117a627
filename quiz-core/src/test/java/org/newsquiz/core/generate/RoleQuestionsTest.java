package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.SeedArticle;
import org.newsquiz.core.question.QuestionType;

class RoleQuestionsTest {
    private static final List<String> SEED = Drafts.prompts(new RoleQuestions(), SeedArticle.body(), QuestionType.MULTIPLE_CHOICE);

    @Test
    void rolesWithAnAffiliationAreAskedInThreeFormsByTurns() {
        assertTrue(SEED.contains("Who is described in the article as the Ukrainian President?"), SEED.toString());
        assertTrue(SEED.contains("According to the article, who is Trump's envoy?"), SEED.toString());
        assertTrue(SEED.stream().noneMatch(p -> p.contains("U.S. President") || p.contains("Russian President")), SEED.toString());
        assertTrue(SEED.contains("According to the article, who is the European Commission President?"), SEED.toString());
        assertTrue(SEED.contains("What role does the article give Mark Rutte?"), SEED.toString());
        assertTrue(SEED.stream().filter(p -> p.startsWith("Who is described in the article as")).count() <= 3, SEED.toString());
    }

    @Test
    void peopleSharingATitleMakeASelectAllQuestion() {
        Draft presidents = Drafts.of(new RoleQuestions(), SeedArticle.body()).stream()
                .filter(d -> d.type() == QuestionType.MULTIPLE_RESPONSE).findFirst().orElseThrow();
        assertEquals("Which of these people does the article call a president? (Select all that apply.)", presidents.prompt());
        assertEquals(List.of("Volodymyr Zelensky", "Ursula von der Leyen", "Donald Trump"), presidents.answers());
        assertTrue(presidents.options().containsAll(List.of("Mark Rutte", "Steve Witkoff")), presidents.options().toString());
    }

    @Test
    void aFalseRoleStatementSwapsInARoleOfTheSameKindWhenThereIsOne() {
        String text = "Aldermoor's head coach Claire Whitfield was pleased. Kestrel Bay's head coach "
                + "Tomas Brennan was not. Kestrel Bay's goalkeeper Ellie Marsh saved a header.";
        java.util.Set<String> coaches = new java.util.HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            Drafts.of(new RoleQuestions(), text, seed).stream().filter(d -> d.type() == QuestionType.TRUE_FALSE)
                    .map(d -> d.prompt()).filter(p -> p.contains("Brennan") || p.contains("Whitfield")).forEach(coaches::add);
        }
        assertTrue(coaches.contains("True or false? The article describes Tomas Brennan as Aldermoor's head coach."), coaches.toString());
        assertTrue(coaches.stream().allMatch(p -> p.endsWith("head coach.")), coaches.toString());
    }

    @Test
    void aBareTitleSharingItsHeadWithAnotherRoleIsNotAsked() {
        assertTrue(SEED.stream().noneMatch(p -> p.contains("Vice President")), SEED.toString());
    }

    @Test
    void possessivesAnywhereInTheRoleTakeNoArticleAndLoneTitlesAreLowerCased() {
        assertEquals("Kestrel Bay's goalkeeper", RoleQuestions.article("Kestrel Bay's goalkeeper"));
        assertEquals("the mayor", RoleQuestions.article("Mayor"));
        assertEquals("the Ukrainian President", RoleQuestions.article("Ukrainian President"));
        assertEquals("the head of the Algarve's regional water authority", RoleQuestions.article("head of the Algarve's regional water authority"));
    }

    @Test
    void aBareWordForOneOfManyIsNoRoleToAskAbout() {
        List<String> prompts = Drafts.of(new RoleQuestions(), "Union leader Ingrid Hovland spoke first. Transport Minister Silje Aasen "
                + "answered her. Chief executive Tor Eriksen of Fjordlink said nothing. Board member Karel Dijkstra voted against.")
                .stream().map(Draft::prompt).toList();
        assertTrue(prompts.stream().noneMatch(p -> p.endsWith(" the leader.") || p.endsWith(" the leader?")
                || p.contains("Board member?")), prompts.toString());
    }
}
