package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;
import org.w3c.dom.Element;

class QtiFormatTest {
    private final QtiFormat qti = new QtiFormat();

    @Test
    void everyItemIsValidQti21AndTheManifestListsEachOne() throws Exception {
        var questions = SampleQuestions.all();
        var export = qti.write("Summit in Alaska", questions);
        assertEquals(List.of(), export.skipped());
        Map<String, byte[]> entries = unzip(export.data());

        Element manifest = SafeXml.parse(entries.get("imsmanifest.xml"), "manifest").getDocumentElement();
        assertEquals(QtiFormat.CP_NS, manifest.getNamespaceURI());
        assertEquals("manifest", manifest.getLocalName());
        assertEquals(List.of("metadata", "organizations", "resources"), childNames(manifest));
        assertEquals("QTIv2.1 Package", SafeXml.childText(SafeXml.child(manifest, "metadata").orElseThrow(), "schema"));
        var resources = SafeXml.children(SafeXml.child(manifest, "resources").orElseThrow(), "resource");
        assertEquals(questions.size(), resources.size());
        var hrefs = new ArrayList<String>();
        for (Element resource : resources) {
            String href = resource.getAttribute("href");
            hrefs.add(href);
            assertEquals("imsqti_item_xmlv2p1", resource.getAttribute("type"));
            assertEquals(href, SafeXml.child(resource, "file").orElseThrow().getAttribute("href"));
            assertTrue(entries.containsKey(href), href + " is listed but missing");
            QtiSchema.validate(entries.get(href), href);
        }
        assertEquals(Set.copyOf(hrefs).size(), hrefs.size());
        assertEquals(questions.size() + 1, entries.size());
    }

    @Test
    void roundTripKeepsEveryTypeAndTheOrderOptionsAreShownIn() throws Exception {
        var questions = SampleQuestions.all();

        var imported = qti.read(qti.write("Summit", questions).data());

        assertEquals(List.of(), imported.problems());
        assertEquals(questions.size(), imported.questions().size());
        for (int i = 0; i < questions.size(); i++) {
            Carried.QTI.assertSame(questions.get(i), imported.questions().get(i));
        }
    }

    @Test
    void idsThatAreNotXmlNamesStillComeBackThroughTheTitle() throws Exception {
        var odd = new Question("7 days/later", QuestionType.TRUE_FALSE, "A week passed.", List.of("True", "False"),
                List.of("True"), "", List.of(), 0.5, List.of(), 0);
        var twin = new Question("7 days:later", QuestionType.TRUE_FALSE, "A week passed again.",
                List.of("True", "False"), List.of("False"), "", List.of(), 0.5, List.of(), 0);
        var export = qti.write("", List.of(odd, twin));

        var entries = unzip(export.data());
        assertTrue(entries.containsKey("items/Q_7_days_later.xml"), entries.keySet().toString());
        assertTrue(entries.containsKey("items/Q_7_days_later-2.xml"), entries.keySet().toString());
        for (var entry : entries.entrySet()) {
            if (entry.getKey().startsWith("items/")) {
                QtiSchema.validate(entry.getValue(), entry.getKey());
            }
        }
        assertEquals(List.of("7 days/later", "7 days:later"),
                qti.read(export.data()).questions().stream().map(Question::id).toList());
    }

    @Test
    void numericItemsScoreWithinTheTolerance() throws Exception {
        String item = new String(unzip(qti.write("", List.of(SampleQuestions.numeric())).data())
                .get("items/q-num.xml"), StandardCharsets.UTF_8);

        assertTrue(item.contains("baseType=\"float\""), item);
        assertTrue(item.contains("<equal tolerance=\"0.5 0.5\" toleranceMode=\"absolute\">"), item);
        assertTrue(item.contains("<textEntryInteraction expectedLength=\"10\" responseIdentifier=\"RESPONSE\"/>"), item);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> childNames(Element parent) {
        var names = new ArrayList<String>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }
}
