package org.newsquiz.web.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The test statistic and its p-value against textbook figures, so that the key-position tests can be trusted. */
class ChiSquareTest {
    @Test
    void pValuesMatchTheTables() {
        assertEquals(0.05, ChiSquare.upperGamma(3 / 2.0, 7.815 / 2), 1e-4, "df 3 at 7.815");
        assertEquals(0.01, ChiSquare.upperGamma(1 / 2.0, 6.635 / 2), 1e-4, "df 1 at 6.635");
        assertEquals(0.001, ChiSquare.upperGamma(10 / 2.0, 29.588 / 2), 1e-5, "df 10 at 29.588");
        assertEquals(1.0, ChiSquare.upperGamma(2, 0), 1e-12);
    }

    @Test
    void aKeyAlwaysFirstFailsAndAnEvenSpreadPasses() {
        ChiSquare first = new ChiSquare();
        ChiSquare even = new ChiSquare();
        for (int i = 0; i < 40; i++) {
            first.add(4, 0);
            even.add(4, i % 4);
        }
        assertTrue(first.p() < 1e-20, first.toString());
        assertEquals(1.0, even.p(), 1e-9, even.toString());
        assertEquals(40, even.questions());
    }
}
