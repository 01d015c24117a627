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
    }
}
