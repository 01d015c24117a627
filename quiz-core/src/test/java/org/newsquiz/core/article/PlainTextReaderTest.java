package org.newsquiz.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void aTitleMayEndWithAClosingQuoteMark() {
        assertEquals("Council 'to sell old ferry'", reader.read("Council 'to sell old ferry'\n\nThe council may sell its ferry.\n").title());
        assertEquals("New ferry rules for the U.K.", reader.read("New ferry rules for the U.K.\n\nThe rules start in May.\n").title());
        assertEquals("Is the ferry toll working?", reader.read("Is the ferry toll working?\n\nThe toll began in May.\n").title());
        assertEquals("Mayor says \"no\"", reader.read("Mayor says \"no\"\n\nThe mayor refused the plan.\n").title());
    }

    @Test
    void aFirstLineEndingASentenceIsBody() {
        assertEquals("", reader.read("The council met on Monday.\nIt voted to sell the ferry.\n").title());
        assertEquals("", reader.read("Who pays the toll?\nDrivers pay it every day.\n").title());
        assertEquals("", reader.read("He said \"we will sell it.\"\nThe vote was close.\n").title());
    }
}
