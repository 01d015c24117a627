package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionFormatsTest {
    @Test
    void listsTheFiveFormatsByName() {
        assertEquals(List.of("gift", "moodle", "qti", "aiken", "json"), QuestionFormats.names());
        assertEquals(QuestionFormats.names(), QuestionFormats.readableNames());
    }

    @Test
    void findsFormatsIgnoringCaseAndRefusesUnknownNames() {
        assertInstanceOf(GiftFormat.class, QuestionFormats.byName(" GIFT ").orElseThrow());
        assertInstanceOf(QtiFormat.class, QuestionFormats.writer("qti").orElseThrow());
        assertInstanceOf(MoodleXmlFormat.class, QuestionFormats.reader("Moodle").orElseThrow());
        assertEquals(Optional.empty(), QuestionFormats.byName("docx"));
        assertEquals(Optional.empty(), QuestionFormats.byName(null));
        assertFalse(QuestionFormats.reader("csv").isPresent());
    }

    @Test
    void everyFormatNamesItsMediaTypeAndExtension() {
        for (String name : QuestionFormats.names()) {
            var format = QuestionFormats.byName(name).orElseThrow();
            assertEquals(name, format.name());
            assertTrue(format.mediaType().contains("/"), name);
            assertFalse(format.fileExtension().isBlank(), name);
        }
        assertEquals("application/zip", QuestionFormats.byName("qti").orElseThrow().mediaType());
    }
}
