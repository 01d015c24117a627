package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsquiz.core.exchange.SampleFiles.pair;
import static org.newsquiz.core.exchange.SampleFiles.question;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

class MoodleXmlFormatTest {
    private final MoodleXmlFormat moodle = new MoodleXmlFormat();

    @Test
    void roundTripKeepsEveryType() throws Exception {
        var questions = SampleQuestions.all();
        var export = moodle.write("Summit / Alaska", questions);
        assertEquals(List.of(), export.skipped());

        var imported = moodle.read(export.data());

        assertEquals(List.of(), imported.problems());
        assertEquals(questions.size(), imported.questions().size());
        for (int i = 0; i < questions.size(); i++) {
            Carried.TEXT_AND_FEEDBACK.assertSame(questions.get(i), imported.questions().get(i));
        }
    }

    @Test
    void writesMoodleElements() {
        String xml = new String(moodle.write("Summit / Alaska", SampleQuestions.all()).data(), StandardCharsets.UTF_8);

        assertTrue(xml.contains("<text><![CDATA[$course$/top/Summit // Alaska]]></text>"), xml);
        assertTrue(xml.contains("<question type=\"multichoice\">"), xml);
        assertTrue(xml.contains("<single>false</single>"), xml);
        assertTrue(xml.contains("<answer format=\"plain_text\" fraction=\"50\">"), xml);
        assertTrue(xml.contains("<answer format=\"plain_text\" fraction=\"-100\">"), xml);
        assertTrue(xml.contains("<text><![CDATA[France & Germany]]></text>"), xml);
        assertTrue(xml.contains("<tolerance>0.5</tolerance>"), xml);
        assertTrue(xml.contains("<question type=\"ordering\">"), xml);
        assertTrue(xml.contains("<generalfeedback format=\"plain_text\">"), xml);
        assertTrue(xml.contains("<tags>"), xml);
    }

    @Test
    void textWithTheCdataEndMarkerSurvives() throws Exception {
        var tricky = new Question("odd", QuestionType.TRUE_FALSE, "Is ]]> a CDATA end & <tag>?",
                List.of("True", "False"), List.of("True"), "", List.of(), 0.5, List.of(), 0);

        var back = moodle.read(moodle.write("", List.of(tricky)).data()).questions();

        assertEquals(List.of(tricky), back);
    }

    @Test
    void readsEveryQuestionOfTheSampleFile() throws Exception {
        var result = moodle.read(SampleFiles.bytes("science-week.moodle.xml"));

        assertEquals(List.of(
                question("sci-1", QuestionType.MULTIPLE_CHOICE, "What did the probe bring back from the asteroid Ryugu?",
                        List.of("Ice", "Clay & dust", "Iron"), List.of("Clay & dust"), "Grains of clay & dust.",
                        List.of("space", "geology"), 0),
                question("Instruments", QuestionType.MULTIPLE_RESPONSE, "Which instruments were on board?",
                        List.of("Camera", "Spectrometer", "Lander", "Telescope"),
                        List.of("Camera", "Spectrometer", "Lander"), "", List.of(), 0),
                question("Water", QuestionType.TRUE_FALSE, "The clay contains traces of water.",
                        List.of("True", "False"), List.of("True"), "Water is bound in the minerals.", List.of(), 0),
                question("Probe", QuestionType.FILL_IN_BLANK, "The probe was called _____.", List.of(),
                        List.of("Hayabusa2", "Hayabusa 2"), "", List.of(), 0),
                question("Agencies", QuestionType.MATCHING, "Match each mission with its agency.",
                        List.of("JAXA", "NASA", "ESA"),
                        List.of(pair("Hayabusa2", "JAXA"), pair("OSIRIS-REx", "NASA"), pair("Rosetta", "ESA")),
                        "", List.of(), 0),
                question("Mass", QuestionType.NUMERIC, "How many grams of material came back?", List.of(),
                        List.of("5.4"), "", List.of(), 0.1),
                question("Mission steps", QuestionType.ORDERING, "Order the steps of the mission.",
                        List.of("Touchdown on the asteroid", "Capsule lands in Australia", "Launch"),
                        List.of("Launch", "Touchdown on the asteroid", "Capsule lands in Australia"), "", List.of(), 0)),
                result.questions());
        assertEquals(List.of(
                new ImportProblem(9, "Opinion", "the Moodle question type 'essay' cannot be imported"),
                new ImportProblem(10, "No right answer", "MULTIPLE_CHOICE needs exactly one answer, has 0")),
                result.problems());
    }
}
