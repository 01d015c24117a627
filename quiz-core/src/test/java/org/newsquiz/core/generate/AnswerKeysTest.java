package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.distractor.DistinctEntities;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Quote;
import org.newsquiz.core.facts.Role;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionAudit;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

/** Answer keys that are right: one entity per person, whole titles, certain speakers, whole figures, honest bounds. */
class AnswerKeysTest {
    private static final QuizGenerator GENERATOR = QuizGenerator.create();

    @Test
    void mrBrownBrownAndTheChancellorAreGordonBrown() {
        FactSheet facts = Drafts.facts(body("chancellor"));
        Entity brown = facts.named("Gordon Brown");
        assertNotNull(brown);
        assertEquals(brown, facts.named("Mr Brown"));
        assertEquals(brown, facts.named("Brown"));
        assertEquals(brown, facts.named("the Chancellor"));
        assertEquals(facts.named("Oliver Letwin"), facts.named("Mr Letwin"));
        assertEquals(facts.named("Ray Mallon"), facts.named("Mr Mallon"));
    }

    @Test
    void mrsAndMrOfOneSurnameStayTwoPeople() {
        FactSheet facts = Drafts.facts(body("ambiguous-speaker"));
        Entity mrs = facts.named("Mrs Dahl");
        Entity mr = facts.named("Mr Dahl");
        assertTrue(mrs == null || !mrs.equals(mr), facts.entities().toString());
    }

    @Test
    void titlesKeepDeputyFormerAndShadow() {
        FactSheet facts = Drafts.facts(body("chancellor"));
        assertEquals("Deputy Foreign Minister", titleOf(facts, "Anna Kowalska"));
        assertEquals("former president", titleOf(facts, "Lech Walesa").toLowerCase(java.util.Locale.ROOT));
        assertEquals("shadow chancellor", titleOf(facts, "Oliver Letwin").toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aFormerPresidentIsNeverAskedAsThePresident() {
        QuestionSet set = generate("chancellor");
        for (Question q : set.questions()) {
            assertFalse(q.prompt().matches("(?i).*\\b(?<!former )(?<!deputy )the president\\b.*")
                    && q.answers().contains("Lech Walesa"), q.prompt());
            assertFalse(q.prompt().contains("as the Foreign Minister") || q.prompt().contains("as the chancellor")
                    && q.answers().contains("Oliver Letwin"), q.prompt());
        }
    }

    @Test
    void aTitleOnlyPartlyKnownGivesNoRole() {
        FactSheet facts = Drafts.facts(body("oscar"));
        assertTrue(facts.roles().stream().noneMatch(r -> r.title().equals("Officer")), facts.roles().toString());
        assertNull(facts.named("Medical"));
    }

    @Test
    void deanMartinIsAPersonAndAnOscarIsNone() {
        FactSheet facts = Drafts.facts(body("oscar"));
        Entity martin = facts.named("Dean Martin");
        assertNotNull(martin, facts.entities().toString());
        assertEquals(EntityType.PERSON, martin.type());
        assertTrue(facts.roles().stream().noneMatch(r -> r.title().equalsIgnoreCase("dean")), facts.roles().toString());
        assertNull(facts.named("Oscar"));
        assertNull(facts.named("Bafta"));
    }

    @Test
    void heSaidGoesOnlyToTheOnePersonJustNamed() {
        FactSheet facts = Drafts.facts(body("ambiguous-speaker"));
        List<Quote> quotes = facts.quotes();
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("We cannot run boats")), quotes.toString());
        Quote island = quotes.stream().filter(q -> q.text().startsWith("Nobody wants")).findFirst().orElseThrow();
        assertEquals("Kari Moen", island.speaker().name());
        Quote young = Drafts.facts(body("chancellor")).quotes().stream().filter(q -> q.text().startsWith("Young families"))
                .findFirst().orElseThrow();
        assertEquals("Gordon Brown", young.speaker().name());
    }

    @Test
    void aHeAfterAQuoteLooksForNoNameInsideTheQuote() {
        FactSheet facts = Drafts.facts("Chairman Doug Mills met the coach, Frank Hale, on Monday.\n\n"
                + "\"Frank's record is excellent and he shares our plans for the club,\" he told reporters.");
        assertTrue(facts.quotes().stream().noneMatch(q -> q.speaker().name().equals("Frank Hale")), facts.quotes().toString());
    }

    @Test
    void aSumInBillionsIsBlankedWhole() {
        List<Draft> drafts = Drafts.of(new NumberQuestions(), body("chancellor"));
        Draft sum = drafts.stream().filter(d -> d.answers().contains("£3.58bn")).findFirst().orElseThrow(() -> new AssertionError(drafts));
        assertTrue(sum.prompt().contains("Treasury _____ over four years"), sum.prompt());
        assertTrue(drafts.stream().noneMatch(d -> d.prompt().matches(".*_{3,}[.,]?\\d.*|.*\\d[.,]_{3,}.*")), drafts.toString());
    }

    @Test
    void aGapRightAfterTheClauseCutKeepsTheWholeSentence() {
        String before = "Sales in the shops of the northern towns of the region rose sharply again over the whole of last year; ";
        String whole = Cloze.clause(before, " shops closed in the south.");
        assertEquals(before + Cloze.BLANK + " shops closed in the south.", whole);
    }

    @Test
    void wrongFiguresLieWhereTheTextsBoundMakesThemFalse() {
        List<Draft> drafts = Drafts.of(new NumberQuestions(), "Inflation stayed at less than 8% during the period. "
                + "Use of the drug has dropped by more than 50% in recent years. Shares rose by about 5.7% on Monday.");
        for (Draft d : drafts) {
            if (d.type() != QuestionType.MULTIPLE_CHOICE) {
                continue;
            }
            List<Double> wrong = d.options().stream().filter(o -> !d.answers().contains(o))
                    .map(o -> Double.parseDouble(o.replace("%", ""))).toList();
            double right = Double.parseDouble(d.answers().get(0).replace("%", ""));
            if (right == 8) {
                assertTrue(wrong.stream().allMatch(w -> w < 8), d.options().toString());
            } else if (right == 50) {
                assertTrue(wrong.stream().allMatch(w -> w > 50), d.options().toString());
            } else {
                assertTrue(wrong.stream().allMatch(w -> Math.abs(w - right) >= right * 0.25), d.options().toString());
            }
        }
        assertFalse(drafts.isEmpty());
    }

    @Test
    void boundsAreReadFromTheWordsBeforeTheFigure() {
        assertEquals(Comparative.UPPER, Comparative.before("homes worth less than "));
        assertEquals(Comparative.UPPER, Comparative.before("could cut up to "));
        assertEquals(Comparative.LOWER, Comparative.before("rose by more than "));
        assertEquals(Comparative.LOWER, Comparative.before("At least "));
        assertEquals(Comparative.ROUGH, Comparative.before("shares worth about "));
        assertEquals(Comparative.EXACT, Comparative.before("a cost of "));
        assertEquals(Comparative.EXACT, Comparative.before("turnover "));
    }

    @Test
    void noFinalQuestionOffersOnePersonTwiceOrFailsTheAudit() {
        QuestionAudit audit = new QuestionAudit();
        for (String name : List.of("chancellor", "ambiguous-speaker", "oscar")) {
            Article article = article(name);
            QuestionSet set = GENERATOR.generate(article, GenerationOptions.DEFAULT);
            FactSheet facts = Drafts.facts(article.body());
            assertFalse(set.questions().isEmpty(), name);
            for (Question q : set.questions()) {
                assertTrue(!q.type().isChoice() || DistinctEntities.distinct(q.options(), facts), q.toString());
                assertEquals(List.of(), audit.audit(q, article.body()), q.toString());
            }
        }
    }

    @Test
    void distinctEntitiesRejectsTwoNamesOfOnePerson() {
        FactSheet facts = Drafts.facts(body("chancellor"));
        assertFalse(DistinctEntities.distinct(List.of("Mr Brown", "Gordon Brown", "Oliver Letwin"), facts));
        assertTrue(DistinctEntities.distinct(List.of("Gordon Brown", "Oliver Letwin", "Ray Mallon"), facts));
        assertNotEquals(facts.named("Gordon Brown"), facts.named("Oliver Letwin"));
    }

    private static String titleOf(FactSheet facts, String person) {
        Entity e = facts.named(person);
        assertNotNull(e, person);
        return facts.rolesOf(e).stream().map(Role::title).findFirst().orElse("");
    }

    private static QuestionSet generate(String name) {
        return GENERATOR.generate(article(name), GenerationOptions.DEFAULT);
    }

    private static Article article(String name) {
        String text = read(name);
        int blank = text.indexOf("\n\n");
        return Article.of(text.substring(0, blank).strip(), text.substring(blank + 2));
    }

    private static String body(String name) {
        return article(name).body();
    }

    private static String read(String name) {
        try (InputStream in = AnswerKeysTest.class.getResourceAsStream("/answerkeys/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
