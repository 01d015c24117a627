package org.newsquiz.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsquiz.core.GenerationOptions;
import org.newsquiz.core.QuizGenerator;
import org.newsquiz.core.article.Article;
import org.newsquiz.core.article.UnusableArticleException;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.core.question.QuestionValidator;
import org.newsquiz.core.question.ValidationIssue;

/**
 * {@code quality DIR}: generates from every article file of a directory, in name order, and prints per article the
 * questions per type and every invariant the validator finds broken. Fails when any question breaks an invariant
 * or any article yields no questions.
 */
final class QualityCommand {
    private final Path directory;
    private final QuizGenerator generator = QuizGenerator.create();
    private final QuestionValidator validator = new QuestionValidator();
    private final AuditTally audit = new AuditTally();

    QualityCommand(Path directory) {
        this.directory = directory;
    }

    static Path directory(List<String> args) throws UsageException {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException("quality needs exactly one DIR");
        }
        try {
            return Path.of(args.get(0));
        } catch (InvalidPathException e) {
            throw new UsageException("'" + args.get(0) + "' is not a valid directory name");
        }
    }

    int run(PrintStream out) throws InputException {
        List<Path> files = articleFiles();
        int questions = 0;
        int issues = 0;
        int unusable = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Article article = ArticleFiles.read(file);
                QuestionSet set = generator.generate(article, GenerationOptions.DEFAULT);
                List<ValidationIssue> found = validator.validate(set, article.body());
                out.println(name + ": " + set.questions().size() + " questions" + perType(set.questions()));
                found.forEach(issue -> out.println("  issue " + issue));
                audit.add(set, article.body(), out);
                questions += set.questions().size();
                issues += found.size();
            } catch (InputException | UnusableArticleException e) {
                out.println(name + ": unusable: " + QuizCoreCli.oneLine(e.getMessage()));
                unusable++;
            } catch (RuntimeException e) {
                out.println(name + ": generator failed: " + QuizCoreCli.oneLine(e.toString()));
                unusable++;
            }
        }
        out.println("summary: " + files.size() + " articles, " + questions + " questions, " + issues + " issues, "
                + unusable + " unusable");
        audit.printTotals(out);
        out.flush();
        return issues == 0 && unusable == 0 ? QuizCoreCli.OK : QuizCoreCli.INPUT_ERROR;
    }

    private List<Path> articleFiles() throws InputException {
        if (!Files.isDirectory(directory)) {
            throw new InputException(Files.exists(directory) ? directory + " is not a directory" : "no such directory: " + directory);
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(directory)) {
            files = entries.filter(ArticleFiles::isArticleFile).sorted().toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + directory + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException("no article files (.txt, .md, .html) in " + directory);
        }
        return files;
    }

    private static String perType(List<Question> questions) {
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        for (QuestionType type : QuestionType.values()) {
            counts.put(type, 0);
        }
        questions.forEach(question -> counts.merge(question.type(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((type, count) -> text.append(", ").append(type).append(' ').append(count));
        return text.toString();
    }
}
