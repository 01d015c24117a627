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
    void rolesWithAnAffiliationAreAskedAsDescribedInTheArticle() {
        assertTrue(SEED.contains("Who is described in the article as the NATO Secretary-General?"), SEED.toString());
        assertTrue(SEED.contains("Who is described in the article as Trump's envoy?"), SEED.toString());
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
