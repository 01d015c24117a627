package org.newsquiz.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCommandTest {
    @TempDir
    Path dir;
    private byte[] article;

    @BeforeEach
    void loadArticle() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/cli/library_reopening.txt")) {
            article = in.readAllBytes();
        }
    }

    @Test
    void reportsEachArticleInNameOrderWithCountsPerType() throws IOException {
        Files.write(dir.resolve("b_library.txt"), article);
        Files.write(dir.resolve("a_library.txt"), article);
        Files.writeString(dir.resolve("index.tsv"), "a_library.txt\tLibrary\n");
        Files.writeString(dir.resolve(".hidden.txt"), "ignored");
        CliRun run = CliRun.of("quality", dir.toString());
        assertEquals(QuizCoreCli.OK, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("a_library.txt: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("b_library.txt: "), lines.get(1));
        assertTrue(lines.get(0).contains(", MULTIPLE_CHOICE ") && lines.get(0).endsWith(", QUOTE_ATTRIBUTION " + count(lines.get(0))), lines.get(0));
        assertTrue(lines.get(2).matches("summary: 2 articles, \\d+ questions, 0 issues, 0 unusable"), lines.get(2));
        assertEquals("audit: duplicate-entity-options 0, split-token 0, dangling-referent 0, truncated-name 0", lines.get(3));
    }

    private static String count(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    @Test
    void unusableArticleFailsTheCheckButOthersAreStillReported() throws IOException {
        Files.write(dir.resolve("good.txt"), article);
        Files.writeString(dir.resolve("blank.md"), "  \n ");
        CliRun run = CliRun.of("quality", dir.toString());
        assertEquals(QuizCoreCli.INPUT_ERROR, run.status());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("blank.md: unusable: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("good.txt: "), lines.get(1));
        assertTrue(lines.get(2).endsWith(", 0 issues, 1 unusable"), lines.get(2));
    }

    @Test
    void directoryWithoutArticlesIsAnInputError() throws IOException {
        Files.writeString(dir.resolve("notes.csv"), "a,b\n");
        CliRun run = CliRun.of("quality", dir.toString());
        assertEquals(QuizCoreCli.INPUT_ERROR, run.status());
        assertEquals(1, run.err().lines().count());
        assertTrue(run.err().startsWith("error: no article files"), run.err());
    }

    @Test
    void missingDirectoryOrFileIsAnInputError() throws IOException {
        Path file = Files.write(dir.resolve("one.txt"), article);
        assertEquals("error: no such directory: " + dir.resolve("absent") + "\n", CliRun.of("quality", dir.resolve("absent").toString()).err());
        CliRun run = CliRun.of("quality", file.toString());
        assertEquals(QuizCoreCli.INPUT_ERROR, run.status());
        assertEquals("error: " + file + " is not a directory\n", run.err());
    }

    @Test
    void needsExactlyOneDirectory() {
        assertEquals(QuizCoreCli.USAGE_ERROR, CliRun.of("quality").status());
        assertEquals(QuizCoreCli.USAGE_ERROR, CliRun.of("quality", dir.toString(), dir.toString()).status());
    }
}
