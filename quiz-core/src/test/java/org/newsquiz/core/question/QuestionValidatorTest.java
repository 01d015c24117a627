package org.newsquiz.core.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionValidatorTest {
    private static final String BODY = "The mayor of Brindle, Ana Kovac, opened the new bridge on Monday. "
            + "It cost 12 million euros and took three years to build.";
    private static final Evidence FIRST_SENTENCE = Evidence.of(BODY, 0, 65);

    private final QuestionValidator validator = new QuestionValidator();

    private static Question question(QuestionType type, String prompt, List<String> options, List<String> answers) {
        return new Question("q-1", type, prompt, options, answers, "Because the article says so.",
                List.of(FIRST_SENTENCE), 0.5, List.of(), 0);
    }

    private static Question choice(List<String> options, List<String> answers) {
        return question(QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", options, answers);
    }

    private List<String> codes(Question question) {
        return validator.validate(question, BODY).stream().map(ValidationIssue::code).toList();
    }

    @Test
    void validMultipleChoiceHasNoIssues() {
        assertEquals(List.of(), codes(choice(List.of("Ana Kovac", "Ivo Petric", "Mira Horvat"), List.of("Ana Kovac"))));
    }

    @Test
    void firstSentenceEvidenceQuotesTheBody() {
        assertEquals("The mayor of Brindle, Ana Kovac, opened the new bridge on Monday.", FIRST_SENTENCE.text());
    }

    @Test
    void nullQuestionIsAnIssueNotAnException() {
        assertEquals(List.of(QuestionValidator.MISSING_QUESTION),
                validator.validate((Question) null, BODY).stream().map(ValidationIssue::code).toList());
    }

    @Test
    void issueCarriesTheQuestionIdAndAMessage() {
        Question blank = question(QuestionType.MULTIPLE_CHOICE, "  ", List.of("A", "B"), List.of("A"));
        ValidationIssue issue = validator.validate(blank).get(0);
        assertEquals("q-1", issue.questionId());
        assertEquals(QuestionValidator.BLANK_PROMPT, issue.code());
        assertFalse(issue.message().isBlank());
    }

    @Test
    void blankIdIsReported() {
        Question q = new Question(" ", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                List.of("Ana Kovac"), "", List.of(FIRST_SENTENCE), 0.5, List.of(), 0);
        assertEquals(List.of(QuestionValidator.BLANK_ID), codes(q));
    }

    @Nested
    class Options {
        @Test
        void duplicatesAreFoundIgnoringCaseAndSurroundingSpace() {
            assertEquals(List.of(QuestionValidator.DUPLICATE_OPTION),
                    codes(choice(List.of("Ana Kovac", " ana kovac ", "Ivo Petric"), List.of("Ana Kovac"))));
        }

        @Test
        void blankOptionIsReported() {
            assertEquals(List.of(QuestionValidator.BLANK_OPTION),
                    codes(choice(List.of("Ana Kovac", "", "Ivo Petric"), List.of("Ana Kovac"))));
        }
    }

    @Nested
    class ChoiceAnswers {
        @Test
        void answerMustBeOneOfTheOptions() {
            assertEquals(List.of(QuestionValidator.ANSWER_NOT_AN_OPTION),
                    codes(choice(List.of("Ana Kovac", "Ivo Petric"), List.of("Mira Horvat"))));
        }

        @Test
        void singleAnswerTypeRejectsTwoAnswers() {
            assertEquals(List.of(QuestionValidator.ANSWER_COUNT),
                    codes(choice(List.of("Ana Kovac", "Ivo Petric"), List.of("Ana Kovac", "Ivo Petric"))));
        }

        @Test
        void singleAnswerTypeRejectsNoAnswer() {
            assertEquals(List.of(QuestionValidator.ANSWER_COUNT), codes(choice(List.of("Ana Kovac", "Ivo Petric"), List.of())));
        }

        @Test
        void quoteAttributionIsSingleAnswer() {
            Question q = question(QuestionType.QUOTE_ATTRIBUTION, "Who said “the bridge will last a century”?",
                    List.of("Ana Kovac", "Ivo Petric"), List.of("Ana Kovac", "Ivo Petric"));
            assertEquals(List.of(QuestionValidator.ANSWER_COUNT), codes(q));
        }

        @Test
        void multipleResponseAcceptsSeveralAnswers() {
            Question q = question(QuestionType.MULTIPLE_RESPONSE, "Which facts does the article report?",
                    List.of("A bridge opened", "It cost 12 million euros", "It is made of wood"),
                    List.of("A bridge opened", "It cost 12 million euros"));
            assertEquals(List.of(), codes(q));
        }

        @Test
        void multipleResponseNeedsAtLeastOneAnswer() {
            Question q = question(QuestionType.MULTIPLE_RESPONSE, "Which facts does the article report?",
                    List.of("A bridge opened", "It is made of wood"), List.of());
            assertEquals(List.of(QuestionValidator.ANSWER_COUNT), codes(q));
        }

        @Test
        void answerMatchIsExactNotCaseInsensitive() {
            assertEquals(List.of(QuestionValidator.ANSWER_NOT_AN_OPTION),
                    codes(choice(List.of("Ana Kovac", "Ivo Petric"), List.of("ana kovac"))));
        }

        @Test
        void repeatedAnswerIsReported() {
            Question q = question(QuestionType.MULTIPLE_RESPONSE, "Which facts does the article report?",
                    List.of("A bridge opened", "It is made of wood"), List.of("A bridge opened", "A bridge opened"));
            assertEquals(List.of(QuestionValidator.DUPLICATE_ANSWER), codes(q));
        }
    }

    @Nested
    class TrueFalse {
        @Test
        void validTrueFalse() {
            Question q = question(QuestionType.TRUE_FALSE, "The bridge cost 12 million euros.", List.of("True", "False"), List.of("True"));
            assertEquals(List.of(), codes(q));
        }

        @Test
        void optionsMustBeExactlyTrueThenFalse() {
            Question q = question(QuestionType.TRUE_FALSE, "The bridge cost 12 million euros.", List.of("False", "True"), List.of("True"));
            assertEquals(List.of(QuestionValidator.TRUE_FALSE_OPTIONS), codes(q));
            Question lower = question(QuestionType.TRUE_FALSE, "The bridge cost 12 million euros.", List.of("true", "false"), List.of("true"));
            assertEquals(List.of(QuestionValidator.TRUE_FALSE_OPTIONS), codes(lower));
        }

        @Test
        void answerMustBeTrueOrFalse() {
            Question q = question(QuestionType.TRUE_FALSE, "The bridge cost 12 million euros.", List.of("True", "False"), List.of("Yes"));
            assertEquals(List.of(QuestionValidator.ANSWER_NOT_AN_OPTION), codes(q));
        }

        @Test
        void promptMayContainTheWordTrue() {
            Question q = question(QuestionType.TRUE_FALSE, "True or false: the bridge opened on Monday.", List.of("True", "False"), List.of("True"));
            assertEquals(List.of(), codes(q));
        }
    }

    @Nested
    class Matching {
        private Question matching(List<String> options, List<String> answers) {
            return question(QuestionType.MATCHING, "Match each person with their role.", options, answers);
        }

        @Test
        void validMatching() {
            assertEquals(List.of(), codes(matching(List.of("engineer", "mayor"),
                    List.of("Ana Kovac → mayor", "Ivo Petric → engineer"))));
        }

        @Test
        void pairWithoutArrowIsReported() {
            assertEquals(List.of(QuestionValidator.MATCHING_PAIR, QuestionValidator.MATCHING_OPTIONS),
                    codes(matching(List.of("engineer", "mayor"), List.of("Ana Kovac → mayor", "Ivo Petric - engineer"))));
        }

        @Test
        void pairWithBlankSideIsReported() {
            assertTrue(codes(matching(List.of("engineer", "mayor"), List.of("Ana Kovac → mayor", " → engineer")))
                    .contains(QuestionValidator.MATCHING_PAIR));
        }

        @Test
        void rightSideMustBeAnOption() {
            assertTrue(codes(matching(List.of("engineer", "mayor"), List.of("Ana Kovac → mayor", "Ivo Petric → architect")))
                    .contains(QuestionValidator.MATCHING_OPTIONS));
        }

        @Test
        void everyOptionMustBeMatched() {
            assertEquals(List.of(QuestionValidator.MATCHING_OPTIONS),
                    codes(matching(List.of("engineer", "mayor", "architect"), List.of("Ana Kovac → mayor", "Ivo Petric → engineer"))));
        }

        @Test
        void needsTwoPairs() {
            assertEquals(List.of(QuestionValidator.MATCHING_TOO_FEW_PAIRS), codes(matching(List.of("mayor"), List.of("Ana Kovac → mayor"))));
        }

        @Test
        void leftItemsMustBeDistinct() {
            assertEquals(List.of(QuestionValidator.MATCHING_DUPLICATE_LEFT),
                    codes(matching(List.of("engineer", "mayor"), List.of("Ana Kovac → mayor", "ana kovac → engineer"))));
        }

        @Test
        void promptMayNameTheItems() {
            Question q = question(QuestionType.MATCHING, "Match Ana Kovac and Ivo Petric with their roles.",
                    List.of("engineer", "mayor"), List.of("Ana Kovac → mayor", "Ivo Petric → engineer"));
            assertEquals(List.of(), codes(q));
        }
    }

    @Nested
    class Ordering {
        private Question ordering(List<String> options, List<String> answers) {
            return question(QuestionType.ORDERING, "Put the events in the order they happened.", options, answers);
        }

        @Test
        void validOrdering() {
            assertEquals(List.of(), codes(ordering(List.of("opening", "planning", "building"), List.of("planning", "building", "opening"))));
        }

        @Test
        void answersMustBeAPermutationOfOptions() {
            assertEquals(List.of(QuestionValidator.ORDERING_NOT_PERMUTATION),
                    codes(ordering(List.of("opening", "planning", "building"), List.of("planning", "building", "closing"))));
        }

        @Test
        void missingItemIsNotAPermutation() {
            assertEquals(List.of(QuestionValidator.ORDERING_NOT_PERMUTATION),
                    codes(ordering(List.of("opening", "planning", "building"), List.of("planning", "opening"))).subList(0, 1));
        }

        @Test
        void needsThreeItems() {
            assertEquals(List.of(QuestionValidator.ORDERING_TOO_FEW_ITEMS), codes(ordering(List.of("b", "a"), List.of("a", "b"))));
        }
    }

    @Nested
    class Numeric {
        private Question numeric(String answer) {
            return question(QuestionType.NUMERIC, "How many million euros did the bridge cost?", List.of(), List.of(answer));
        }

        @Test
        void integerAndDecimalAndNegativeParse() {
            assertEquals(List.of(), codes(numeric("12")));
            assertEquals(List.of(), codes(numeric("12.5")));
            assertEquals(List.of(), codes(numeric("-3")));
        }

        @Test
        void wordsAreNotNumbers() {
            assertEquals(List.of(QuestionValidator.NUMERIC_NOT_A_NUMBER), codes(numeric("twelve")));
            assertEquals(List.of(QuestionValidator.NUMERIC_NOT_A_NUMBER), codes(numeric("NaN")));
            assertEquals(List.of(QuestionValidator.NUMERIC_NOT_A_NUMBER), codes(numeric("12 million")));
        }

        @Test
        void needsExactlyOneAnswer() {
            Question q = question(QuestionType.NUMERIC, "How many million euros did the bridge cost?", List.of(), List.of("12", "13"));
            assertEquals(List.of(QuestionValidator.ANSWER_COUNT), codes(q));
        }

        @Test
        void numberInPromptGivesTheAnswerAway() {
            Question q = question(QuestionType.NUMERIC, "The bridge cost 12 million euros; how many millions is that?", List.of(), List.of("12"));
            assertEquals(List.of(QuestionValidator.ANSWER_IN_PROMPT), codes(q));
        }

        @Test
        void numberInsideALongerNumberIsNotAGiveAway() {
            Question q = question(QuestionType.NUMERIC, "In 2012, how many million euros did a bridge cost?", List.of(), List.of("12"));
            assertEquals(List.of(), codes(q));
        }
    }

    @Nested
    class FillInBlank {
        private Question fill(List<String> answers) {
            return question(QuestionType.FILL_IN_BLANK, "The new bridge was opened by the mayor of ____.", List.of(), answers);
        }

        @Test
        void validWithVariants() {
            assertEquals(List.of(), codes(fill(List.of("Brindle", "the town of Brindle"))));
        }

        @Test
        void needsAVariant() {
            assertEquals(List.of(QuestionValidator.ANSWER_COUNT), codes(fill(List.of())));
        }

        @Test
        void onlyBlankVariantsIsReported() {
            assertEquals(List.of(QuestionValidator.BLANK_ANSWER, QuestionValidator.ANSWER_COUNT), codes(fill(List.of("  "))));
        }

        @Test
        void answerInPromptIsFound() {
            Question q = question(QuestionType.FILL_IN_BLANK, "The mayor of Brindle opened the new bridge of ____.", List.of(), List.of("brindle"));
            assertEquals(List.of(QuestionValidator.ANSWER_IN_PROMPT), codes(q));
        }
    }

    @Nested
    class AnswerInPrompt {
        @Test
        void caseInsensitiveWholeWord() {
            Question q = question(QuestionType.MULTIPLE_CHOICE, "Which bridge did ANA KOVAC open?", List.of("Ana Kovac", "Ivo Petric"), List.of("Ana Kovac"));
            assertEquals(List.of(QuestionValidator.ANSWER_IN_PROMPT), codes(q));
        }

        @Test
        void partOfAWordIsNotAGiveAway() {
            Question q = question(QuestionType.MULTIPLE_CHOICE, "Which Spaniards visited the bridge?", List.of("Spain", "Italy"), List.of("Spain"));
            assertEquals(List.of(), codes(q));
        }

        @Test
        void answerWithPunctuationIsFound() {
            Question q = question(QuestionType.MULTIPLE_CHOICE, "Why did the U.S. envoy visit?", List.of("U.S.", "France"), List.of("U.S."));
            assertEquals(List.of(QuestionValidator.ANSWER_IN_PROMPT), codes(q));
        }

        @Test
        void nonLatinWordBoundaries() {
            assertTrue(QuestionValidator.containsWord("Кто открыл мост в Москве?", "москве"));
            assertFalse(QuestionValidator.containsWord("Кто открыл мост в Москвебе?", "Москве"));
        }

        @Test
        void distractorInPromptIsFine() {
            Question q = question(QuestionType.MULTIPLE_CHOICE, "Who, besides Ivo Petric, opened the bridge?", List.of("Ana Kovac", "Ivo Petric"), List.of("Ana Kovac"));
            assertEquals(List.of(), codes(q));
        }

        @Test
        void orderingItemsInPromptAreAllowed() {
            Question q = question(QuestionType.ORDERING, "Order planning, building and opening.",
                    List.of("opening", "planning", "building"), List.of("planning", "building", "opening"));
            assertEquals(List.of(), codes(q));
        }
    }

    @Nested
    class EvidenceAndDifficulty {
        @Test
        void evidenceIsRequired() {
            Question q = new Question("q-1", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                    List.of("Ana Kovac"), "", List.of(), 0.5, List.of(), 0);
            assertEquals(List.of(QuestionValidator.NO_EVIDENCE), codes(q));
        }

        @Test
        void evidenceMustQuoteTheBody() {
            Question q = new Question("q-1", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                    List.of("Ana Kovac"), "", List.of(new Evidence("The mayor", 1, 10)), 0.5, List.of(), 0);
            assertEquals(List.of(QuestionValidator.EVIDENCE_MISMATCH), codes(q));
        }

        @Test
        void evidenceBeyondTheBodyIsReportedNotThrown() {
            Question q = new Question("q-1", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                    List.of("Ana Kovac"), "", List.of(new Evidence("x".repeat(10), BODY.length() - 5, BODY.length() + 5)), 0.5, List.of(), 0);
            assertEquals(List.of(QuestionValidator.EVIDENCE_MISMATCH), codes(q));
        }

        @Test
        void withoutBodySpansAreNotCompared() {
            Question q = new Question("q-1", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                    List.of("Ana Kovac"), "", List.of(new Evidence("The mayor", 1, 10)), 0.5, List.of(), 0);
            assertEquals(List.of(), validator.validate(q));
        }

        @Test
        void notANumberDifficultyIsOutOfRange() {
            Question q = new Question("q-1", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                    List.of("Ana Kovac"), "", List.of(FIRST_SENTENCE), Double.NaN, List.of(), 0);
            assertEquals(List.of(QuestionValidator.DIFFICULTY_RANGE), codes(q));
        }

        @Test
        void boundsOfDifficultyAreAccepted() {
            for (double difficulty : new double[] {0, 1}) {
                Question q = new Question("q-1", QuestionType.MULTIPLE_CHOICE, "Who opened the new bridge?", List.of("Ana Kovac", "Ivo Petric"),
                        List.of("Ana Kovac"), "", List.of(FIRST_SENTENCE), difficulty, List.of(), 0);
                assertEquals(List.of(), codes(q));
            }
        }
    }

    @Nested
    class Sets {
        @Test
        void duplicateIdsAreReportedOnce() {
            Question q = choice(List.of("Ana Kovac", "Ivo Petric"), List.of("Ana Kovac"));
            QuestionSet set = new QuestionSet(new ArticleSummary("Bridge", 22), List.of(q, q));
            List<ValidationIssue> issues = validator.validate(set, BODY);
            assertEquals(List.of(new ValidationIssue("q-1", QuestionValidator.DUPLICATE_ID, "another question has the id q-1")), issues);
        }

        @Test
        void issuesOfEveryQuestionAreCollected() {
            Question good = choice(List.of("Ana Kovac", "Ivo Petric"), List.of("Ana Kovac"));
            Question bad = new Question("q-2", QuestionType.NUMERIC, "How many?", List.of(), List.of("several"), "",
                    List.of(FIRST_SENTENCE), 0.5, List.of(), 0);
            List<ValidationIssue> issues = validator.validate(new QuestionSet(new ArticleSummary("", 22), List.of(good, bad)), BODY);
            assertEquals(1, issues.size());
            assertEquals("q-2", issues.get(0).questionId());
            assertEquals(QuestionValidator.NUMERIC_NOT_A_NUMBER, issues.get(0).code());
        }

        @Test
        void missingSetIsAnIssue() {
            assertEquals(QuestionValidator.MISSING_QUESTION, validator.validate((QuestionSet) null, BODY).get(0).code());
        }
    }
}
