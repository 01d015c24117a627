package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

class GiftFormatTest {
    private final GiftFormat gift = new GiftFormat();

    @Test
    void roundTripKeepsEveryTypeGiftCanExpress() throws Exception {
        var questions = SampleQuestions.all().stream().filter(q -> gift.canWrite(q.type())).toList();
        var export = gift.write("Summit in Alaska", questions);
        assertEquals(List.of(), export.skipped());

        var imported = gift.read(export.data());

        assertEquals(List.of(), imported.problems());
        assertEquals(questions.size(), imported.questions().size());
        for (int i = 0; i < questions.size(); i++) {
            Carried.TEXT_AND_FEEDBACK.assertSame(questions.get(i), imported.questions().get(i));
        }
    }

    @Test
    void orderingIsSkippedWithAReason() {
        var export = gift.write("t", SampleQuestions.all());

        assertFalse(gift.canWrite(QuestionType.ORDERING));
        assertEquals(List.of(new ExportResult.SkippedQuestion("q-order", "GIFT has no ordering question type")),
                export.skipped());
        assertFalse(text(export.data()).contains("q-order"));
    }

    @Test
    void writesTheDocumentedSyntax() {
        String out = text(gift.write("Summit", List.of(SampleQuestions.multipleChoice(), SampleQuestions.multipleResponse(),
                SampleQuestions.trueFalse(), SampleQuestions.numeric(), SampleQuestions.matching())).data());

        assertTrue(out.startsWith("// Summit\n"), out);
        assertTrue(out.contains("// [id:q-mc] [tag:politics] [tag:place]\n::q-mc::Where did the leaders meet \\{on Friday\\}? "
                + "Choose\\: the city \\= the venue.{\n\t=Anchorage\n\t~Juneau \\#2\n\t~Fairbanks \\~ north\n"
                + "\t####The report says\\: near Anchorage.\n}"), out);
        assertTrue(out.contains("\t~%50%Ukraine\n\t~%50%France & Germany\n\t~%-100%Brazil\n"), out);
        assertTrue(out.contains("{\n\tF\n\t####They lasted 3 hours.\n}"), out);
        assertTrue(out.contains("{\n\t#3.5:0.5\n"), out);
        assertTrue(out.contains("\t=Zelensky -> Ukraine\n"), out);
    }

    @Test
    void multipleResponseWeightsSplitOneHundredPercent() {
        var three = new Question("q3", QuestionType.MULTIPLE_RESPONSE, "Pick", List.of("a", "b", "c", "d"),
                List.of("a", "b", "c"), "", List.of(), 0.5, List.of(), 0);

        String out = text(gift.write("", List.of(three)).data());

        assertTrue(out.contains("~%33.33333%a"), out);
        assertTrue(out.contains("~%-100%d"), out);
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
