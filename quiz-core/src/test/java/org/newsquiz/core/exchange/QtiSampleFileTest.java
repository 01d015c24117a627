package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsquiz.core.exchange.SampleFiles.question;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;

class QtiSampleFileTest {
    private static final List<String> FILES = List.of("imsmanifest.xml", "items/looms.xml", "items/opening.xml", "style.css");

    @Test
    void handWrittenItemsAreValidQti21() throws Exception {
        for (String file : List.of("items/looms.xml", "items/opening.xml")) {
            QtiSchema.validate(SampleFiles.bytes("qti-sample/" + file), file);
        }
    }

    @Test
    void readsTheItemsTheManifestListsAndReportsTheMissingOne() throws Exception {
        var result = new QtiFormat().read(samplePackage());

        assertEquals(List.of(
                question("Looms on show", QuestionType.MULTIPLE_RESPONSE, "Which fibres are woven on the museum's looms?",
                        List.of("Wool", "Nylon", "Linen & flax"), List.of("Wool", "Linen & flax"), "", List.of(), 0),
                question("Opening year", QuestionType.FILL_IN_BLANK, "The mill first opened in _____, before the war.",
                        List.of(), List.of("1911"), "It opened in 1911.", List.of(), 0)),
                result.questions());
        assertEquals(List.of(new ImportProblem(3, "items/missing.xml",
                "the manifest lists items/missing.xml but the package does not hold it")), result.problems());
    }

    static byte[] samplePackage() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String file : FILES) {
                zip.putNextEntry(new ZipEntry(file));
                zip.write(SampleFiles.bytes("qti-sample/" + file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
