package org.newsquiz.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.ArticleReaders;
import org.newsquiz.core.cli.QuizCoreCli;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.question.QuestionValidator;

/** Every article of the content library must give a rich, valid and reproducible question set. */
class ContentLibraryInvariantsTest {
    private static final String SEED_ARTICLE = "000_dc5d9eb8090fe75b.txt";
    private static final int MIN_QUESTIONS = 8;
    private static final int MIN_TYPES = 6;
    private static final int MIN_SEED_QUESTIONS = 12;

    @TempDir
    Path dir;

    record LibraryArticle(String file, String title) {
        @Override
        public String toString() {
            return file;
        }

        String text() throws IOException {
            try (InputStream in = ContentLibraryInvariantsTest.class.getResourceAsStream("/articles/" + file)) {
                assertTrue(in != null, "the index lists " + file + " but the library lacks it");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        Article article() throws IOException {
            Article read = ArticleReaders.read(file, text());
            return read.title().isBlank()
                    ? new Article(title, read.body(), read.source(), read.date(), read.language(), read.licence())
                    : read;
        }
    }

    static List<LibraryArticle> library() throws IOException {
        List<LibraryArticle> articles = new ArrayList<>();
        try (InputStream in = ContentLibraryInvariantsTest.class.getResourceAsStream("/articles/index.tsv")) {
            assertTrue(in != null, "articles/index.tsv is not on the classpath");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 2);
                articles.add(new LibraryArticle(fields[0].strip(), fields.length > 1 ? fields[1].strip() : ""));
            }
        }
        return articles;
    }

    /** One generation per article, shared by the checks that only read it. */
    private static final Map<String, QuestionSet> GENERATED = new ConcurrentHashMap<>();

    private static QuestionSet generate(LibraryArticle article) throws IOException {
        QuestionSet set = GENERATED.get(article.file());
        if (set == null) {
            set = QuizGenerator.create().generate(article.article(), GenerationOptions.DEFAULT);
            GENERATED.put(article.file(), set);
        }
        return set;
    }

    private static Set<QuestionType> types(QuestionSet set) {
        return set.questions().stream().map(Question::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
    }

    @Test
    void indexListsTheSeedArticle() throws IOException {
        assertTrue(library().stream().anyMatch(article -> article.file().equals(SEED_ARTICLE)));
    }

    @ParameterizedTest
    @MethodSource("library")
    void givesEnoughQuestionsOfEnoughTypes(LibraryArticle article) throws IOException {
        QuestionSet set = generate(article);
        assertTrue(set.questions().size() >= MIN_QUESTIONS, article + ": " + set.questions().size() + " questions");
        assertTrue(types(set).size() >= MIN_TYPES, article + ": only " + types(set));
    }

    @ParameterizedTest
    @MethodSource("library")
    void breaksNoInvariant(LibraryArticle article) throws IOException {
        assertEquals(List.of(), new QuestionValidator().validate(generate(article), article.article().body()), article.toString());
    }

    @ParameterizedTest
    @MethodSource("library")
    void isReproducible(LibraryArticle article) throws IOException {
        Path file = Files.writeString(dir.resolve(article.file()), article.text());
        String first = cliJson(file);
        assertEquals(first, cliJson(file), article.toString());
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(first).get("questions").forEach(question -> ids.add(question.get("id").asText()));
        QuestionSet asRead = QuizGenerator.create().generate(ArticleReaders.read(article.file(), article.text()), GenerationOptions.DEFAULT);
        assertEquals(asRead.questions().stream().map(Question::id).toList(), ids, article.toString());
    }

    private static String cliJson(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = QuizCoreCli.run(new String[] {"generate", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seedArticleCoversSevenTypes() throws IOException {
        LibraryArticle seed = library().stream().filter(article -> article.file().equals(SEED_ARTICLE)).findFirst().orElseThrow();
        QuestionSet set = generate(seed);
        assertTrue(set.questions().size() >= MIN_SEED_QUESTIONS, set.questions().size() + " questions");
        assertTrue(types(set).size() >= 7, types(set)::toString);
    }
}
