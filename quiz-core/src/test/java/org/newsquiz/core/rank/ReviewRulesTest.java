package org.newsquiz.core.rank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Lexicon;
import org.newsquiz.core.facts.RuleFactExtractor;
import org.newsquiz.core.generate.Draft;
import org.newsquiz.core.nlp.OpenNlpAnalyzer;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

class ReviewRulesTest {
    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.load();
    private static final String TITLE = "Harbour town gets new ferry";
    private static final String BODY = "The council of Westby has bought a new ferry for 4.2m pounds, its leader Mara Quint said on Monday. "
            + "The ferry will carry 300 passengers between Westby and the island of Holm. "
            + "Tom Avery, the harbour master, will also sail to Holm on the first crossing. "
            + "Mara Quint will join him on the crossing to Holm. "
            + "Critics said the old boat was unsafe. "
            + "Reserves of 9m pounds now exceed the town's debt of 6m pounds. "
            + "\"We waited ten years for this,\" said Mara Quint. "
            + "\"It is a good day for the island,\" said Ben Holt, a fisherman from Holm.";
    private static final FactSheet FACTS = new RuleFactExtractor(Lexicon.shared()).extract(ANALYZER.analyze(BODY));
    private static final ReviewRules RULES = new ReviewRules(FACTS, TITLE);

    private static Draft draft(QuestionType type, String prompt, List<String> options, List<String> answers, int sentence) {
        return new Draft(type, prompt, options, answers, sentence, sentence, 0.5, List.of(), 0, "f");
    }

    private static Draft blank(String prompt, String answer, int sentence) {
        return draft(QuestionType.FILL_IN_BLANK, "Fill in the blank: " + prompt, List.of(), List.of(answer), sentence);
    }

    @Test
    void freeTextBlanksAskOnlyNamesNumbersAndProperTerms() {
        assertFalse(RULES.keep(blank("The council of Westby has _____ a new ferry for 4.2m pounds.", "bought", 0)));
        assertFalse(RULES.keep(blank("Critics said the old _____ was unsafe.", "boat", 4)));
        assertTrue(RULES.keep(blank("The ferry will carry _____ passengers between Westby and the island of Holm.", "300", 1)));
        assertTrue(RULES.keep(blank("Tom Avery, the harbour master, will also sail to _____ on the first crossing.", "Holm", 2)));
        assertTrue(RULES.keep(blank("\"We waited _____ years for this,\" said Mara Quint.", "ten", 6)));
    }

    @Test
    void anAnswerInTheHeadlineIsGivenAway() {
        assertFalse(RULES.keep(draft(QuestionType.MULTIPLE_CHOICE, "What did the council of Westby buy?",
                List.of("a ferry", "a bus", "a bridge"), List.of("a ferry"), 0)));
    }

    @Test
    void stemsCutShortOrWithoutSubjectOrReferentAreDropped() {
        assertTrue(ReviewRules.garbled("-- The ferry will carry _____ passengers.", QuestionType.FILL_IN_BLANK));
        assertTrue(ReviewRules.garbled("Is carrying _____ passengers between two towns now.", QuestionType.FILL_IN_BLANK));
        assertTrue(ReviewRules.garbled("The old boat was used by fishermen during.", QuestionType.TRUE_FALSE));
        assertTrue(ReviewRules.garbled("Westby _____ the ferry.", QuestionType.FILL_IN_BLANK));
        assertTrue(ReviewRules.garbled("Net profit of the ferry line came in at _____ (6m pounds.", QuestionType.FILL_IN_BLANK));
        assertTrue(ReviewRules.garbled("Mr _____ 's plan for the ferry between the towns.", QuestionType.FILL_IN_BLANK));
        assertFalse(ReviewRules.garbled("The ferry will carry _____ passengers between Westby and Holm.", QuestionType.FILL_IN_BLANK));
        assertFalse(RULES.keep(draft(QuestionType.MULTIPLE_CHOICE, "When did one such person sail?",
                List.of("in 2001", "in 2002"), List.of("in 2001"), 3)));
        assertFalse(RULES.keep(draft(QuestionType.MULTIPLE_CHOICE, "Who is described in the article as the master?",
                List.of("Tom Avery", "Ben Holt"), List.of("Tom Avery"), 2)));
        assertFalse(RULES.keep(draft(QuestionType.MULTIPLE_CHOICE, "How many years did Mara Quint also wait?",
                List.of("ten", "five"), List.of("ten"), 6)));
    }

    @Test
    void aPassiveSubjectIsNotAskedAsTheDoer() {
        FactSheet facts = new RuleFactExtractor(Lexicon.shared()).extract(ANALYZER.analyze(
                "The painter Ida Lorne was attacked in her studio in 2003. She recovered and painted again."));
        ReviewRules rules = new ReviewRules(facts, "");
        assertFalse(rules.keep(draft(QuestionType.MULTIPLE_CHOICE, "In which year did Ida Lorne attack?",
                List.of("2003", "2001", "2005"), List.of("2003"), 0)));
    }

    @Test
    void aWrongOptionTheArticleAlsoTiesToTheActIsDropped() {
        assertFalse(RULES.keep(draft(QuestionType.TRUE_FALSE, "True or false? Mara Quint will sail to Holm on the first crossing.",
                List.of("True", "False"), List.of("False"), 2)), "the article sends Mara Quint on the crossing too");
        assertTrue(RULES.keep(draft(QuestionType.TRUE_FALSE, "True or false? Ben Holt will sail to Holm on the first crossing.",
                List.of("True", "False"), List.of("False"), 2)), "nothing ties Ben Holt to the crossing");
        assertFalse(RULES.keep(draft(QuestionType.MULTIPLE_CHOICE, "Who will sail to Holm on the first crossing?",
                List.of("Tom Avery", "Mara Quint", "Ben Holt"), List.of("Tom Avery"), 2)), "Mara Quint goes too");
        assertFalse(RULES.keep(draft(QuestionType.MULTIPLE_CHOICE, "Which figure fills the blank? Reserves of _____ now exceed the town's debt of 6m pounds.",
                List.of("9m pounds", "6m pounds", "3m pounds"), List.of("9m pounds"), 5)), "a wrong figure from the same comparison");
    }

    @Test
    void everyDefaultQuestionKeepsTheRules() {
        QuizGenerator generator = QuizGenerator.create();
        List<Question> questions = generator.generate(Article.of(TITLE, BODY), GenerationOptions.DEFAULT).questions();
        assertFalse(questions.isEmpty());
        for (Question q : questions) {
            if (q.type() == QuestionType.FILL_IN_BLANK) {
                assertTrue(q.answers().get(0).matches(".*\\d.*|ten|\\p{Lu}.*"), q.prompt() + " asks a common word");
            }
            String prompt = q.prompt().replaceFirst("^(?:Fill in the blank:|Which figure fills the blank\\?|True or false\\?)\\s*", "");
            assertTrue(prompt.matches("^[\\p{L}\\p{N}\"“£$_].*"), q.prompt());
            if (q.type() != QuestionType.TRUE_FALSE) {
                assertFalse(q.answers().stream().anyMatch(a -> a.toLowerCase().contains("ferry")), q.prompt() + " given away by the title");
            }
        }
    }
}
