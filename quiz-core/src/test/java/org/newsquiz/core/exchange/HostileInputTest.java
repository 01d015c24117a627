package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class HostileInputTest {
    private static final String XXE_QUIZ = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <quiz><question type="truefalse"><name><text>&secret;</text></name>
            <questiontext format="plain_text"><text>Leak: &secret;</text></questiontext>
            <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
            </question></quiz>
            """;
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE quiz [
              <!ENTITY a "hahahahahahahahahaha">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
            ]>
            <quiz><question type="shortanswer"><questiontext><text>&h;</text></questiontext></question></quiz>
            """;

    private static Map<String, QuestionReader> readers() {
        var readers = new LinkedHashMap<String, QuestionReader>();
        QuestionFormats.readableNames().forEach(n -> readers.put(n, QuestionFormats.reader(n).orElseThrow()));
        return readers;
    }

    @Test
    void xxeIsRefusedAndNothingLeaks() {
        var e = assertThrows(ExchangeException.class, () -> new MoodleXmlFormat().read(bytes(XXE_QUIZ)));

        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void xxeInsideAQtiPackageIsRefused() throws Exception {
        var manifestAttack = zip(Map.of("imsmanifest.xml", bytes(XXE_QUIZ)));
        assertTrue(assertThrows(ExchangeException.class, () -> new QtiFormat().read(manifestAttack))
                .getMessage().contains("DOCTYPE"));

        var entries = new LinkedHashMap<String, byte[]>(QtiFormatTest.unzip(
                new QtiFormat().write("", List.of(SampleQuestions.trueFalse(), SampleQuestions.numeric())).data()));
        entries.put("items/q-tf.xml", bytes(XXE_QUIZ));
        var result = new QtiFormat().read(zip(entries));
        assertEquals(List.of("q-num"), result.questions().stream().map(q -> q.id()).toList());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).reason().contains("DOCTYPE"), result.problems().get(0).reason());
        assertFalse(result.toString().contains("root:"));
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        long start = System.nanoTime();
        var e = assertThrows(ExchangeException.class, () -> new MoodleXmlFormat().read(bytes(BILLION_LAUGHS)));

        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
    }

    @Test
    void truncatedFilesGiveAClearMessage() throws Exception {
        byte[] xml = new MoodleXmlFormat().write("t", SampleQuestions.all()).data();
        var xmlError = assertThrows(ExchangeException.class,
                () -> new MoodleXmlFormat().read(Arrays.copyOf(xml, xml.length / 2)));
        assertTrue(xmlError.getMessage().contains("truncated") || xmlError.getMessage().contains("not well-formed"),
                xmlError.getMessage());

        byte[] zip = new QtiFormat().write("t", SampleQuestions.all()).data();
        var zipError = assertThrows(ExchangeException.class, () -> new QtiFormat().read(Arrays.copyOf(zip, zip.length / 3)));
        assertTrue(zipError.getMessage().startsWith("the QTI package"), zipError.getMessage());

        byte[] json = new JsonFormat().write("t", SampleQuestions.all()).data();
        var jsonError = assertThrows(ExchangeException.class, () -> new JsonFormat().read(Arrays.copyOf(json, json.length / 2)));
        assertTrue(jsonError.getMessage().startsWith("the JSON file is not valid JSON (line"), jsonError.getMessage());
    }

    @Test
    void aHugeCompressedEntryIsStoppedAtTheLimit() throws Exception {
        byte[] bomb = zip(Map.of("imsmanifest.xml", new byte[InputLimits.MAX_FILE_BYTES + 1]));
        assertTrue(bomb.length < 50_000, "the bomb itself is small: " + bomb.length);

        var e = assertThrows(ExchangeException.class, () -> new QtiFormat().read(bomb));

        assertEquals("the file imsmanifest.xml in the QTI package unpacks to more than 5 MB", e.getMessage());
    }

    @Test
    void manyLargeEntriesAreStoppedAtTheTotalLimit() throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 5; i++) {
            entries.put("filler" + i, new byte[InputLimits.MAX_FILE_BYTES - 1]);
        }

        var e = assertThrows(ExchangeException.class, () -> new QtiFormat().read(zip(entries)));

        assertEquals("the QTI package unpacks to more than 20 MB", e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i <= InputLimits.MAX_PACKAGE_ENTRIES; i++) {
            entries.put("f" + i, new byte[0]);
        }

        var e = assertThrows(ExchangeException.class, () -> new QtiFormat().read(zip(entries)));

        assertEquals("the QTI package has more than 2000 files", e.getMessage());
    }

    @Test
    void emptyAndOversizedInputIsRefusedByEveryReader() {
        byte[] huge = new byte[InputLimits.MAX_FILE_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        readers().forEach((name, reader) -> {
            var empty = assertThrows(ExchangeException.class, () -> reader.read(new byte[0]), name);
            assertTrue(empty.getMessage().endsWith("file is empty"), name + ": " + empty.getMessage());
            var large = assertThrows(ExchangeException.class, () -> reader.read(huge), name);
            assertTrue(large.getMessage().endsWith("is larger than 5 MB"), name + ": " + large.getMessage());
        });
        assertThrows(ExchangeException.class, () -> new GiftFormat().read(bytes("  \n\n \t\n")));
    }

    @Test
    void eachReaderRefusesEveryOtherFormat() {
        var exports = new LinkedHashMap<String, byte[]>();
        for (String name : QuestionFormats.names()) {
            exports.put(name, QuestionFormats.writer(name).orElseThrow().write("t", SampleQuestions.all()).data());
        }
        readers().forEach((readerName, reader) -> exports.forEach((formatName, data) -> {
            if (!readerName.equals(formatName)) {
                var e = assertThrows(ExchangeException.class, () -> reader.read(data), readerName + " fed " + formatName);
                assertFalse(e.getMessage().isBlank());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }));
    }

    @Test
    void notUtf8TextIsRefused() {
        byte[] latin1 = "Caf\u00e9 {=oui ~non}".getBytes(StandardCharsets.ISO_8859_1);

        var e = assertThrows(ExchangeException.class, () -> new GiftFormat().read(latin1));

        assertEquals("the GIFT file is not UTF-8 text", e.getMessage());
    }

    /** Garbage and damaged files may be read or refused, but nothing other than the documented exception escapes. */
    @Test
    void damagedFilesNeverThrowAnythingElse() {
        var random = new Random(20261128L);
        readers().forEach((name, reader) -> {
            byte[] valid = QuestionFormats.writer(name).orElseThrow().write("t", SampleQuestions.all()).data();
            for (int round = 0; round < 300; round++) {
                byte[] damaged = switch (round % 3) {
                    case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
                    case 1 -> flipBytes(valid, random);
                    default -> randomBytes(random);
                };
                try {
                    var result = reader.read(damaged);
                    assertFalse(result.questions().isEmpty(), name);
                } catch (ExchangeException e) {
                    assertFalse(e.getMessage().isBlank(), name);
                } catch (RuntimeException e) {
                    fail(name + " threw " + e + " on round " + round, e);
                }
            }
        });
    }

    private static byte[] flipBytes(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        for (int i = 0; i < 8; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(400)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
