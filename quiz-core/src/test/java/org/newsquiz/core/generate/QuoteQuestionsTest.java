package org.newsquiz.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.facts.FactSheet;
import org.newsquiz.core.facts.Quote;
import org.newsquiz.core.question.QuestionType;

class QuoteQuestionsTest {
    private static final String BOARD = "Anna de Vries, the chair of the schools board, opened the meeting. "
            + "\"Children who can tell a machine what to do will not be afraid of machines,\" said Pieter Vos, the board's deputy. "
            + "Finance director Lotte Brandsma presented the budget to the board on Tuesday. "
            + "Board member Karel Dijkstra voted against the plan. "
            + "\"A teacher who has had two days of training cannot teach programming well,\" he said. "
            + "\"We are asking for time, not for money.\"";

    @Test
    void aQuotationEndsTheQuestionWithOneMark() {
        assertEquals("\u201CWe all share a strong desire to end this war\u201D?", QuoteQuestions.quoted("We all share a strong desire to end this war."));
        assertEquals("\u201CWould it not be ironic?\u201D", QuoteQuestions.quoted("Would it not be ironic?"));
        assertEquals("\u201CHe can continue to fight \u2026\u201D?", QuoteQuestions.quoted("He can continue to fight. \u2026"));
    }

    @Test
    void theCommaThatLedIntoTheAttributionIsDropped() {
        List<String> prompts = Drafts.prompts(new QuoteQuestions(), BOARD, QuestionType.QUOTE_ATTRIBUTION);
        assertTrue(prompts.contains("Who said: \u201CChildren who can tell a machine what to do will not be afraid of machines\u201D?"),
                prompts.toString());
        assertTrue(prompts.stream().noneMatch(p -> p.contains(",\u201D")), prompts.toString());
    }

    @Test
    void heSaidGoesToThePersonNamedJustBeforeAndTheQuoteAfterItToo() {
        FactSheet facts = Drafts.facts(BOARD);
        Quote teacher = facts.quotes().stream().filter(q -> q.text().startsWith("A teacher")).findFirst().orElseThrow();
        assertEquals("Karel Dijkstra", teacher.speaker().name());
        Quote time = facts.quotes().stream().filter(q -> q.text().startsWith("We are asking")).findFirst().orElseThrow();
        assertEquals("Karel Dijkstra", time.speaker().name());
    }

    @Test
    void aSpeakerSetOffByAnAppositionKeepsTheQuoteAndTheHeAddedAfterIt() {
        FactSheet facts = Drafts.facts("\"The rock is older than the Earth,\" said Ingrid Halvorsen, a geologist at the University of Oslo.\n\n"
                + "Halvorsen said the results were strong.\n\n"
                + "Paolo Ferraresi, the agency's mission manager for Aurelia, said the discovery had come \"far earlier than we hoped.\" "
                + "He added: \"The spacecraft is healthy and we intend to use every drop of its fuel.\"");
        assertEquals(List.of("Ingrid Halvorsen", "Paolo Ferraresi", "Paolo Ferraresi"),
                facts.quotes().stream().map(q -> q.speaker().name()).toList());
    }

    @Test
    void aPronounAfterAnUnknownNameGetsNoSpeaker() {
        FactSheet facts = Drafts.facts("\"The rock is older than the Earth,\" said Ingrid Halvorsen, a geologist at the University of Oslo.\n\n"
                + "Halvorsen said the results were strong.\n\n"
                + "Paolo Ferraresi later thanked the team in Darmstadt. "
                + "He added: \"The spacecraft is healthy and we intend to use every drop of its fuel.\"");
        assertTrue(facts.quotes().stream().noneMatch(q -> q.text().startsWith("The spacecraft")), facts.quotes().toString());
    }

    @Test
    void aPronounAfterATitledNameGoesToThatName() {
        FactSheet facts = Drafts.facts("Interior Minister Bruno Lefort, who visited the prefecture in Quimper on Friday, praised the "
                + "emergency services. \"Their work tonight saved lives,\" he said.");
        assertEquals(List.of("Bruno Lefort"), facts.quotes().stream().map(q -> q.speaker().name()).toList());
    }

    @Test
    void shortenedTrimsLeadInPunctuationOnly() {
        assertEquals("We lose a piece of the town's story", QuoteQuestions.shortened("We lose a piece of the town's story,"));
        assertEquals("Now we know where to look.", QuoteQuestions.shortened("Now we know where to look."));
    }
}
