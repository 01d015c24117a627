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
        assertEquals(6, lines.size(), run.out());
        assertTrue(lines.get(0).matches("a_library.txt: \\d+ questions, \\d types, \\d+ words, MULTIPLE_CHOICE .*"), lines.get(0));
        assertTrue(lines.get(1).startsWith("b_library.txt: "), lines.get(1));
        assertTrue(lines.get(0).endsWith(", QUOTE_ATTRIBUTION " + count(lines.get(0))), lines.get(0));
        assertTrue(lines.get(2).startsWith("section .: 2 articles, 0 unusable (0 of 150+ words), questions min/median/max "), lines.get(2));
        assertTrue(lines.get(3).startsWith("total: 2 articles, 0 unusable"), lines.get(3));
        assertTrue(lines.get(4).matches("summary: 2 articles, \\d+ questions, 0 issues, 0 unusable"), lines.get(4));
        assertEquals("audit: duplicate-entity-options 0, split-token 0, dangling-referent 0, truncated-name 0", lines.get(5));
    }

    @Test
    void walksSubDirectoriesAndReportsEachAsASection() throws IOException {
        Files.createDirectories(dir.resolve("news/politics"));
        Files.createDirectories(dir.resolve("health"));
        Files.createDirectories(dir.resolve(".git"));
        Files.write(dir.resolve("news/politics/002.txt"), article);
        Files.write(dir.resolve("news/politics/001.txt"), article);
        Files.write(dir.resolve("health/001.txt"), article);
        Files.writeString(dir.resolve("health/002.txt"), "Title only\n");
        Files.write(dir.resolve(".git/ignored.txt"), article);
        CliRun run = CliRun.of("quality", dir.toString());
        assertEquals(QuizCoreCli.INPUT_ERROR, run.status(), run.out() + run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(9, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("health/001.txt: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("health/002.txt: unusable: "), lines.get(1));
        assertTrue(lines.get(2).startsWith("news/politics/001.txt: "), lines.get(2));
        assertTrue(lines.get(3).startsWith("news/politics/002.txt: "), lines.get(3));
        int questions = Integer.parseInt(lines.get(2).split(" ")[1]);
        assertEquals(lines.get(2).substring(lines.get(2).indexOf(':')), lines.get(3).substring(lines.get(3).indexOf(':')));
        assertTrue(lines.get(4).matches("section health: 2 articles, 1 unusable \\(0 of 150\\+ words\\), questions min/median/max 0/"
                + (questions % 2 == 0 ? String.valueOf(questions / 2) : questions / 2 + ".5") + "/" + questions + ", .*"), lines.get(4));
        assertTrue(lines.get(5).startsWith("section news/politics: 2 articles, 0 unusable (0 of 150+ words), questions min/median/max "
                + questions + "/" + questions + "/" + questions + ", "), lines.get(5));
        assertTrue(lines.get(6).startsWith("total: 4 articles, 1 unusable (0 of 150+ words), questions min/median/max 0/"
                + questions + "/" + questions), lines.get(6));
        assertEquals("summary: 4 articles, " + 3 * questions + " questions, 0 issues, 1 unusable", lines.get(7));
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
        assertTrue(lines.get(4).endsWith(", 0 issues, 1 unusable"), lines.get(4));
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
