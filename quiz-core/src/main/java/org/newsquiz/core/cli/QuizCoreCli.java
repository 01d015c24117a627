package org.newsquiz.core.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code generate FILE [--format json|text|gift] [--max N] [--seed S]} prints the questions
 * drafted from one article; {@code quality DIR} checks every article under a directory. Problems are reported
 * as one {@code error: } line on standard error, with exit status 2 for usage and 1 for input.
 */
public final class QuizCoreCli {
    static final int OK = 0;
    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;
    /** OpenNLP logs through SLF4J, which warns on stderr when no logger is bound; stderr is for our error line. */
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    static final String USAGE = "usage: generate FILE [--format " + String.join("|", OutputFormat.names())
            + "] [--max N] [--seed S] | quality DIR";

    private QuizCoreCli() {
    }

    public static void main(String[] args) {
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command and returns the process exit status; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args == null ? List.of() : Arrays.asList(args), out);
        } catch (UsageException e) {
            return fail(err, e.getMessage() + "; " + USAGE, USAGE_ERROR);
        } catch (InputException e) {
            return fail(err, e.getMessage(), INPUT_ERROR);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail(err, "internal failure: " + e, INPUT_ERROR);
        }
    }

    private static int dispatch(List<String> args, PrintStream out) throws UsageException, InputException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "generate" -> new GenerateCommand(GenerateArguments.parse(rest)).run(out);
            case "quality" -> new QualityCommand(QualityCommand.directory(rest)).run(out);
            case "-h", "--help", "help" -> {
                out.println(USAGE);
                yield OK;
            }
            default -> throw new UsageException("unknown command '" + args.get(0) + "'");
        };
    }

    private static int fail(PrintStream err, String message, int status) {
        err.println("error: " + oneLine(message));
        err.flush();
        return status;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
