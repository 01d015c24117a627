package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.EntityType;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.structure.Times;

class ClauseQuestionsTest {
    private static final org.newsquiz.core.structure.ClauseAnalyzer CLAUSES = org.newsquiz.core.structure.ChunkClauseAnalyzer.load();
    private static final ClauseQuestions GENERATOR = new ClauseQuestions(CLAUSES);
    private static final String BRIDGE = Drafts.resource("/structure/harbour_bridge.txt");
    private static final String FESTIVAL = Drafts.resource("/structure/river_festival.txt");

    @Test
    void subjectQuestionOffersOtherPeopleOfTheArticle() {
        List<Draft> drafts = Drafts.of(GENERATOR, BRIDGE);
        Draft who = Drafts.find(drafts, "Who proposed the footbridge last spring?");
        assertEquals(QuestionType.MULTIPLE_CHOICE, who.type());
        assertEquals(List.of("Elena Varga"), who.answers());
        assertEquals(Set.of("Elena Varga", "Tomas Reid", "Jonas Berg", "Maria Lund", "Anna Holm").containsAll(who.options()), true);
        assertEquals(4, who.options().size());
    }

    @Test
    void objectQuestionUsesDoSupport() {
        Draft what = Drafts.find(Drafts.of(GENERATOR, BRIDGE), "What did Varga propose last spring?");
        assertEquals(List.of("the footbridge"), what.answers());
        assertTrue(what.options().containsAll(List.of("the footbridge")));
    }

    @Test
    void whenQuestionOffersTimesOfTheSameKind() {
        Draft when = Drafts.find(Drafts.of(GENERATOR, BRIDGE), "When did the council of Port Maren approve a new footbridge across the harbour?");
        assertEquals(List.of("on Tuesday night"), when.answers());
        for (String option : when.options()) {
            assertEquals("day", Times.kind(option), option);
        }
    }

    @Test
    void whyQuestionOffersTheArticlesOtherReasons() {
        Draft why = Drafts.find(Drafts.of(GENERATOR, BRIDGE), "Why did Varga propose the footbridge last spring?");
        assertEquals(List.of("because the old ferry kept breaking down"), why.answers());
        assertTrue(why.options().contains("after a long campaign by local schools"), why.options().toString());
    }

    @Test
    void falseStatementSwapsInSomeoneWhoDidNotDoItAndTheSeedDecidesWhichIsShown() {
        int shownTrue = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Draft tf = Drafts.of(GENERATOR, BRIDGE, seed).stream()
                    .filter(d -> d.type() == QuestionType.TRUE_FALSE && d.prompt().endsWith("promised a vote before the summer."))
                    .findFirst().orElseThrow();
            boolean isTrue = tf.answers().equals(List.of("True"));
            assertEquals(isTrue, tf.prompt().contains("Varga"), tf.prompt() + " " + tf.answers());
            shownTrue += isTrue ? 1 : 0;
        }
        // Even odds: a student who always answers the same way gains nothing (far outside chance below 15 or above 45).
        assertTrue(shownTrue >= 15 && shownTrue <= 45, "shown true for " + shownTrue + " of 60 seeds");
    }

    @Test
    void clozeBlanksTheVerbOfTheEvent() {
        Draft blank = Drafts.find(Drafts.of(GENERATOR, BRIDGE), "Fill in the blank: Varga _____ the footbridge last spring.");
        assertEquals(List.of("proposed"), blank.answers());
    }

    @Test
    void stemsWithPronounsOrVagueSubjectsAreNotAsked() {
        List<Draft> drafts = Drafts.of(GENERATOR, "The firm built a similar bridge in Norway in 2019. He fears that the bridge will "
                + "block fishing boats. It cancelled the ferry on Friday.");
        assertTrue(drafts.isEmpty(), drafts.stream().map(Draft::prompt).toList().toString());
    }

    @Test
    void everyDraftKeepsTheInvariants() {
        for (String text : List.of(BRIDGE, Drafts.resource("/heldout/courts_landlord_ruling.txt"), Drafts.resource("/heldout/education_coding_schools.txt"),
                Drafts.resource("/heldout/technology_chip_plant.txt"), Drafts.resource("/heldout/transport_ferry_strike.txt"),
                Drafts.resource("/heldout/weather_storm_floods.txt"))) {
            FactSheet facts = Drafts.facts(text);
            List<Draft> drafts = Drafts.of(GENERATOR, text);
            for (Draft d : drafts) {
                invariants(d, facts);
            }
            assertEquals(drafts, Drafts.of(GENERATOR, text), "same text, same drafts");
        }
    }

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|it|they|his|her|its|their|this)\\b");

    private static void invariants(Draft d, FactSheet facts) {
        String p = d.prompt();
        String statement = p.replaceFirst("^(?:True or false\\?|Fill in the blank:) ", "");
        assertFalse(PRONOUN.matcher(statement.toLowerCase(Locale.ROOT)).find() && !p.startsWith("Who"), "pronoun in " + p);
        assertTrue(statement.split("\\s+").length <= 32, "too long: " + p);
        Set<String> distinct = new HashSet<>();
        d.options().forEach(o -> assertTrue(distinct.add(o.toLowerCase(Locale.ROOT)), "repeated option in " + d));
        switch (d.type()) {
            case MULTIPLE_CHOICE -> {
                assertTrue(p.endsWith("?") && Character.isUpperCase(p.charAt(0)), p);
                assertEquals(4, d.options().size(), p);
                assertTrue(d.options().containsAll(d.answers()), p);
                String answer = d.answers().get(0).toLowerCase(Locale.ROOT);
                assertFalse(p.toLowerCase(Locale.ROOT).contains(answer), "answer in the stem: " + p);
                if (d.tags().contains("actor")) {
                    Entity answerEntity = facts.named(d.answers().get(0));
                    for (String o : d.options()) {
                        Entity e = facts.named(o);
                        assertTrue(e == null ? answerEntity.type() != EntityType.PERSON : e.type() == answerEntity.type(), o + " in " + p);
                    }
                }
                if (d.tags().contains("time")) {
                    d.options().forEach(o -> assertEquals(Times.kind(d.answers().get(0)), Times.kind(o), o + " in " + p));
                }
                if (d.tags().contains("reason")) {
                    d.options().forEach(o -> assertTrue(o.matches("(?:because|after|as|since|so|due|in response|following|owing|thanks).*"), o));
                }
            }
            case TRUE_FALSE -> {
                assertTrue(p.startsWith("True or false? ") && p.endsWith("."), p);
                assertEquals(List.of("True", "False"), d.options());
            }
            case FILL_IN_BLANK -> {
                assertEquals(1, p.split(Pattern.quote(Cloze.BLANK), -1).length - 1, p);
                assertFalse(p.toLowerCase(Locale.ROOT).matches(".*\\b" + Pattern.quote(d.answers().get(0).toLowerCase(Locale.ROOT)) + "\\b.*"), p);
            }
            default -> throw new AssertionError("unexpected type " + d.type());
        }
    }

    @Test
    void pronounSubjectIsAskedAboutTheOnePersonItCanMean() {
        List<Draft> drafts = Drafts.of(GENERATOR, FESTIVAL);
        List<String> prompts = drafts.stream().map(Draft::prompt).toList();
        Draft who = Drafts.find(drafts, "Who opened a public consultation?");
        assertEquals(List.of("Clara Voss"), who.answers());
        assertEquals(1, who.firstSentence(), "the evidence is the pronoun's own sentence");
        // "He rejected the rival proposal": Jonas Brandt and Petra Lind both fit, so no one is guessed.
        assertTrue(prompts.stream().noneMatch(p -> p.contains("rejected")), prompts.toString());
        assertTrue(prompts.stream().noneMatch(p -> p.matches("(?i).*\\b(he|she|they|it)\\b.*")), prompts.toString());
    }

    @Test
    void reportedClauseIsCreditedToItsSpeaker() {
        List<Draft> drafts = Drafts.of(GENERATOR, FESTIVAL);
        Draft who = Drafts.find(drafts, "According to Petra Lind, which organisation would close the old ferry pier?");
        assertEquals("Elmsford Council", who.answers().get(0));
        Draft blank = Drafts.find(drafts, "Fill in the blank: According to Petra Lind, Elmsford Council would _____ the old ferry pier.");
        assertEquals(List.of("close"), blank.answers());
        List<String> prompts = drafts.stream().map(Draft::prompt).toList();
        assertTrue(prompts.stream().filter(p -> p.contains("ferry pier")).allMatch(p -> p.contains("According to Petra Lind")), prompts.toString());
        // "He said …" after a sentence that names only Marek Dahl: his words are credited to him.
        Draft lighthouse = Drafts.find(drafts, "Fill in the blank: According to Marek Dahl, Riverside Trust would _____ the old lighthouse.");
        assertEquals(List.of("restore"), lighthouse.answers());
    }

    @Test
    void actionIsNotCutBeforeTheWordsThatCompleteIt() {
        FactSheet facts = Drafts.facts("Jonas Brandt began the season as chairman of the board. Petra Lind closed the old ferry pier.");
        List<String> predicates = new java.util.ArrayList<>();
        for (org.newsquiz.core.text.Sentence s : facts.text().sentences()) {
            for (org.newsquiz.core.structure.Clause c : CLAUSES.analyze(s)) {
                ClauseText t = ClauseText.of(facts, s, c, null);
                predicates.add(t == null ? null : t.predicate());
            }
        }
        assertEquals(java.util.Arrays.asList(null, "closed the old ferry pier"), predicates);
    }

    @Test
    void nameTaggedAsANounKeepsItsCapitalInsideAQuestion() {
        FactSheet facts = Drafts.facts("Henman broke new ground at the French Open. The crowd cheered Henman all afternoon.");
        org.newsquiz.core.text.Sentence s = facts.text().sentences().get(0);
        ClauseText t = ClauseText.of(facts, s, CLAUSES.analyze(s).get(0), null);
        assertEquals("did Henman break", t.inverted());
    }
}
