package org.newsquiz.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuizCoreCliTest {
    @TempDir
    Path dir;
    private Path article;

    @BeforeEach
    void copyArticle() throws IOException {
        article = dir.resolve("library.txt");
        try (InputStream in = getClass().getResourceAsStream("/cli/library_reopening.txt")) {
            Files.write(article, in.readAllBytes());
        }
    }

    private static void assertOneErrorLine(CliRun run, int status) {
        assertEquals(status, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().endsWith("\n"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void generatesContractJsonByDefault() throws IOException {
        CliRun run = CliRun.of("generate", article.toString());
        assertEquals(QuizCoreCli.OK, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("article", "questions"), fieldNames(root));
        assertEquals(List.of("title", "wordCount"), fieldNames(root.get("article")));
        assertEquals("Harrowgate library reopens after flood repairs", root.get("article").get("title").asText());
        assertTrue(root.get("questions").size() >= 1);
        for (JsonNode question : root.get("questions")) {
            assertEquals(List.of("id", "type", "prompt", "options", "answers", "explanation", "evidence", "difficulty", "tags", "tolerance"),
                    fieldNames(question));
            assertEquals(List.of("text", "start", "end"), fieldNames(question.get("evidence").get(0)));
        }
    }

    @Test
    void sameInputAndSeedGiveTheSameBytes() {
        CliRun first = CliRun.of("generate", article.toString(), "--seed", "7");
        CliRun second = CliRun.of("generate", article.toString(), "--seed=7");
        assertEquals(QuizCoreCli.OK, first.status(), first.err());
        assertEquals(first.out(), second.out());
    }

    @Test
    void maxLimitsTheNumberOfQuestions() throws IOException {
        CliRun run = CliRun.of("generate", article.toString(), "--max", "1");
        assertEquals(QuizCoreCli.OK, run.status(), run.err());
        assertEquals(1, new ObjectMapper().readTree(run.out()).get("questions").size());
    }

    @Test
    void textFormatListsNumberedQuestions() {
        CliRun run = CliRun.of("generate", "--format", "text", article.toString());
        assertEquals(QuizCoreCli.OK, run.status(), run.err());
        assertTrue(run.out().startsWith("Harrowgate library reopens after flood repairs — "), run.out());
        assertTrue(run.out().contains("\n1. ["), run.out());
    }

    @Test
    void giftFormatNamesEveryQuestion() throws IOException {
        CliRun json = CliRun.of("generate", article.toString());
        CliRun gift = CliRun.of("generate", article.toString(), "--format", "GIFT");
        assertEquals(QuizCoreCli.OK, gift.status(), gift.err());
        assertTrue(gift.out().startsWith("// Harrowgate library reopens after flood repairs\n"), gift.out());
        for (JsonNode question : new ObjectMapper().readTree(json.out()).get("questions")) {
            assertTrue(gift.out().contains("::" + question.get("id").asText() + "::")
                    || gift.out().contains("// not exported: " + question.get("id").asText() + " ("), question.toString());
        }
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path withBom = dir.resolve("bom.txt");
        byte[] text = Files.readAllBytes(article);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(withBom, bytes);
        assertEquals(CliRun.of("generate", article.toString()).out(), CliRun.of("generate", withBom.toString()).out());
    }

    @Test
    void missingFileIsAnInputError() {
        CliRun run = CliRun.of("generate", dir.resolve("absent.txt").toString());
        assertOneErrorLine(run, QuizCoreCli.INPUT_ERROR);
        assertTrue(run.err().contains("no such file"), run.err());
    }

    @Test
    void directoryIsAnInputError() {
        CliRun run = CliRun.of("generate", dir.toString());
        assertOneErrorLine(run, QuizCoreCli.INPUT_ERROR);
        assertTrue(run.err().contains("is a directory"), run.err());
    }

    @Test
    void binaryDataIsAnInputError() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});
        assertOneErrorLine(CliRun.of("generate", binary.toString()), QuizCoreCli.INPUT_ERROR);
    }

    @Test
    void validUtf8WithNulBytesIsAnInputError() throws IOException {
        Path binary = dir.resolve("nul.txt");
        Files.write(binary, "Some words\0and more words in 1999.".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("generate", binary.toString());
        assertOneErrorLine(run, QuizCoreCli.INPUT_ERROR);
        assertTrue(run.err().contains("binary"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n  "})
    void emptyArticleIsAnInputError(String content) throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, content);
        CliRun run = CliRun.of("generate", empty.toString());
        assertOneErrorLine(run, QuizCoreCli.INPUT_ERROR);
        assertTrue(run.err().startsWith("error: cannot use " + empty + ": "), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--max 0", "--max many", "--max", "--seed abc", "--format gift2", "--format xml", "--verbose",
        "-x", "--format", "second.txt"})
    void badFlagsAreUsageErrors(String flags) {
        List<String> args = new ArrayList<>(List.of("generate", article.toString()));
        args.addAll(List.of(flags.split(" ")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertOneErrorLine(run, QuizCoreCli.USAGE_ERROR);
        assertTrue(run.err().contains("usage: generate FILE"), run.err());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        assertOneErrorLine(CliRun.of("generate"), QuizCoreCli.USAGE_ERROR);
        assertOneErrorLine(CliRun.of("generate", "--max", "3"), QuizCoreCli.USAGE_ERROR);
    }

    @Test
    void unknownOrMissingCommandIsAUsageError() {
        assertOneErrorLine(CliRun.of(), QuizCoreCli.USAGE_ERROR);
        assertOneErrorLine(CliRun.of("summarise", article.toString()), QuizCoreCli.USAGE_ERROR);
        assertOneErrorLine(CliRun.of((String[]) null), QuizCoreCli.USAGE_ERROR);
    }

    @Test
    void helpPrintsUsage() {
        CliRun run = CliRun.of("--help");
        assertEquals(QuizCoreCli.OK, run.status());
        assertEquals(QuizCoreCli.USAGE + "\n", run.out());
    }

    @Test
    void usageNamesOnlyTheAvailableFormats() {
        assertTrue(QuizCoreCli.USAGE.contains("--format " + String.join("|", OutputFormat.names()) + "]"), QuizCoreCli.USAGE);
        assertEquals(List.of("json", "text", "gift"), OutputFormat.names());
    }
}
