package org.newsquiz.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * {@code quality DIR}: generates from every article file under a directory (its sub-directories too), in path order,
 * and prints per article the questions per type and every invariant the validator finds broken, then the yield of
 * each sub-directory (a section) and of the whole tree. Fails when any question breaks an invariant or any article
 * yields no questions. Two articles are drafted at a time; the output does not depend on which finishes first.
 */
final class QualityCommand {
    private static final int THREADS = 2;
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

    /** What one article gave: its report lines, its yield and the invariants it broke. */
    private record Report(String text, YieldStats.Result result, int issues) {
    }

    int run(PrintStream out) throws InputException {
        List<Path> files = articleFiles();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "quality");
            t.setDaemon(true);
            return t;
        });
        List<Future<Report>> reports = new ArrayList<>();
        files.forEach(file -> reports.add(pool.submit(() -> report(file))));
        pool.shutdown();
        Map<String, YieldStats> sections = new TreeMap<>();
        YieldStats total = new YieldStats();
        int questions = 0;
        int issues = 0;
        int unusable = 0;
        for (int i = 0; i < files.size(); i++) {
            Report report = result(reports.get(i));
            out.print(report.text());
            YieldStats.Result r = report.result();
            sections.computeIfAbsent(section(files.get(i)), s -> new YieldStats()).add(r);
            total.add(r);
            questions += r.questions();
            issues += report.issues();
            unusable += r.unusable() ? 1 : 0;
        }
        sections.forEach((name, stats) -> out.println(stats.line("section " + name)));
        out.println(total.line("total"));
        out.println("summary: " + files.size() + " articles, " + questions + " questions, " + issues + " issues, "
                + unusable + " unusable");
        audit.printTotals(out);
        out.flush();
        return issues == 0 && unusable == 0 ? QuizCoreCli.OK : QuizCoreCli.INPUT_ERROR;
    }

    private Report report(Path file) {
        String name = name(file);
        int words = 0;
        try {
            Article article = ArticleFiles.read(file);
            words = wordCount(article.body());
            QuestionSet set = generator.generate(article, GenerationOptions.DEFAULT);
            List<ValidationIssue> found = validator.validate(set, article.body());
            StringBuilder text = new StringBuilder();
            int types = (int) set.questions().stream().map(Question::type).distinct().count();
            text.append(name).append(": ").append(set.questions().size()).append(" questions, ").append(types)
                    .append(" types, ").append(words).append(" words").append(perType(set.questions())).append('\n');
            found.forEach(issue -> text.append("  issue ").append(issue).append('\n'));
            text.append(audit.add(set, article.body()));
            return new Report(text.toString(), new YieldStats.Result(words, set.questions().size(), types, false), found.size());
        } catch (InputException | UnusableArticleException e) {
            return unusable(name + ": unusable: " + QuizCoreCli.oneLine(e.getMessage()), words);
        } catch (RuntimeException e) {
            return unusable(name + ": generator failed: " + QuizCoreCli.oneLine(e.toString()), words);
        }
    }

    private static Report unusable(String line, int words) {
        return new Report(line + "\n", new YieldStats.Result(words, 0, 0, true), 0);
    }

    private static Report result(Future<Report> report) {
        try {
            return report.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path below the directory, with forward slashes whatever the platform. */
    private String name(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    /** The sub-directory an article sits in, "." for the directory itself. */
    private String section(Path file) {
        Path parent = directory.relativize(file).getParent();
        return parent == null ? "." : parent.toString().replace('\\', '/');
    }

    private static int wordCount(String body) {
        String s = body.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private List<Path> articleFiles() throws InputException {
        if (!Files.isDirectory(directory)) {
            throw new InputException(Files.exists(directory) ? directory + " is not a directory" : "no such directory: " + directory);
        }
        List<Path> files;
        try (Stream<Path> entries = Files.walk(directory)) {
            files = entries.filter(p -> !hidden(p) && ArticleFiles.isArticleFile(p))
                    .sorted(Comparator.comparing(this::name)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot list " + directory + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException("no article files (.txt, .md, .html) in " + directory);
        }
        return files;
    }

    /** Under a hidden directory (".git"), or hidden itself. */
    private boolean hidden(Path file) {
        for (Path part : directory.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
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
