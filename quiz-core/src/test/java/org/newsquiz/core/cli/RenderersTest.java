package org.newsquiz.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.ArticleSummary;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

class RenderersTest {
    private static final String BODY = "The “Lune” bridge opened in 2024.";
    private static final Evidence EVIDENCE = Evidence.of(BODY, 0, BODY.length());

    private static Question question(String id, QuestionType type, String prompt, List<String> options, List<String> answers,
                                     String explanation, double tolerance) {
        return new Question(id, type, prompt, options, answers, explanation, List.of(EVIDENCE), 0.25, List.of("event"), tolerance);
    }

    private static final QuestionSet SET = new QuestionSet(new ArticleSummary("Bridge \"news\"", 6), List.of(
            question("q-1", QuestionType.MULTIPLE_CHOICE, "Which bridge opened?", List.of("Lune", "Tees"), List.of("Lune"), "It says so.", 0),
            question("q-2", QuestionType.NUMERIC, "In which year did the bridge open?", List.of(), List.of("2024"), "", 1),
            question("q-3", QuestionType.MATCHING, "Match.", List.of("river", "year"), List.of("Lune → river", "2024 → year"), "", 0),
            question("q-4", QuestionType.ORDERING, "Order.", List.of("c", "a", "b"), List.of("a", "b", "c"), "", 0),
            question("q-5", QuestionType.FILL_IN_BLANK, "The ____ bridge\nopened.", List.of(), List.of("Lune", "River Lune"), "", 0)));

    @Test
    void jsonFollowsTheContractExactly() {
        String json = new QuestionSetJson().render(new QuestionSet(SET.article(), SET.questions().subList(0, 1)));
        String expected = """
                {
                  "article": {
                    "title": "Bridge \\"news\\"",
                    "wordCount": 6
                  },
                  "questions": [
                    {
                      "id": "q-1",
                      "type": "MULTIPLE_CHOICE",
                      "prompt": "Which bridge opened?",
                      "options": [
                        "Lune",
                        "Tees"
                      ],
                      "answers": [
                        "Lune"
                      ],
                      "explanation": "It says so.",
                      "evidence": [
                        {
                          "text": "The “Lune” bridge opened in 2024.",
                          "start": 0,
                          "end": 33
                        }
                      ],
                      "difficulty": 0.25,
                      "tags": [
                        "event"
                      ],
                      "tolerance": 0.0
                    }
                  ]
                }
                """;
        assertEquals(expected, json);
    }

    @Test
    void jsonWritesEmptyListsCompactly() {
        String json = new QuestionSetJson().render(new QuestionSet(new ArticleSummary("", 0), List.of()));
        assertEquals("{\n  \"article\": {\n    \"title\": \"\",\n    \"wordCount\": 0\n  },\n  \"questions\": []\n}\n", json);
    }

    @Test
    void giftListsQuestionsItCannotCarryAsComments() {
        String gift = new QuestionSetGift().render(SET);
        assertTrue(gift.contains("::q-1::Which bridge opened?{"), gift);
        assertTrue(gift.contains("::q-3::"), gift);
        assertFalse(gift.contains("::q-4::"), gift);
        assertTrue(gift.endsWith("// not exported: q-4 (GIFT has no ordering question type)\n"), gift);
    }

    @Test
    void textMarksCorrectOptionsAndShowsEachTypesAnswer() {
        String expected = """
                Bridge "news" — 6 words, 5 questions

                1. [MULTIPLE_CHOICE] Which bridge opened?
                   [x] Lune
                   [ ] Tees
                   Explanation: It says so.

                2. [NUMERIC] In which year did the bridge open?
                   Answer: 2024 (± 1)

                3. [MATCHING] Match.
                   Match with: river | year
                     Lune → river
                     2024 → year

                4. [ORDERING] Order.
                   Items: c | a | b
                     1. a
                     2. b
                     3. c

                5. [FILL_IN_BLANK] The ____ bridge opened.
                   Accepted: Lune | River Lune
                """;
        assertEquals(expected, new QuestionSetText().render(SET));
    }
}
