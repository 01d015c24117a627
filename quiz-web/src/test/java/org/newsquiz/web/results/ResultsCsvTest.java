package org.newsquiz.web.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", ResultsCsv.field("plain"));
        assertEquals("\"a,b\"", ResultsCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ResultsCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", ResultsCsv.field("two\nlines"));
        assertEquals("", ResultsCsv.field(null));
    }

    @Test
    void cellsASpreadsheetWouldEvaluateBecomeText() {
        assertEquals("'=1+2", ResultsCsv.field("=1+2"));
        assertEquals("'+44 20", ResultsCsv.field("+44 20"));
        assertEquals("'-3", ResultsCsv.field("-3"));
        assertEquals("'@SUM(A1)", ResultsCsv.field("@SUM(A1)"));
        assertEquals("'\t=1", ResultsCsv.field("\t=1"));
        assertEquals("\"'=A1,B1\"", ResultsCsv.field("=A1,B1"));
        assertEquals("a=1", ResultsCsv.field("a=1"));
    }
}
