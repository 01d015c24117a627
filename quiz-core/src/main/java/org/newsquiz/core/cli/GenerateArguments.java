package org.newsquiz.core.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.newsquiz.core.GenerationOptions;

/** The parsed arguments of {@code generate}: the article file, the output format and the generation options. */
record GenerateArguments(Path file, OutputFormat format, GenerationOptions options) {

    static GenerateArguments parse(List<String> args) throws UsageException {
        String file = null;
        OutputFormat format = OutputFormat.JSON;
        int max = GenerationOptions.DEFAULT.maxQuestions();
        long seed = GenerationOptions.DEFAULT.seed();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.startsWith("--") && arg.contains("=");
            switch (name) {
                case "--format", "--max", "--seed" -> {
                    String value;
                    if (inline) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException(name + " needs a value");
                    }
                    switch (name) {
                        case "--format" -> format = OutputFormat.named(value);
                        case "--max" -> max = positiveInt(value);
                        default -> seed = parseSeed(value);
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    if (file != null) {
                        throw new UsageException("more than one file given ('" + file + "', '" + arg + "')");
                    }
                    file = arg;
                }
            }
        }
        if (file == null || file.isBlank()) {
            throw new UsageException("generate needs a FILE");
        }
        try {
            return new GenerateArguments(Path.of(file), format, new GenerationOptions(max, seed));
        } catch (InvalidPathException e) {
            throw new UsageException("'" + file + "' is not a valid file name");
        }
    }

    private static int positiveInt(String value) throws UsageException {
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            throw new UsageException("--max needs a whole number of at least 1, got '" + value + "'");
        }
        return number;
    }

    private static long parseSeed(String value) throws UsageException {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--seed needs a whole number, got '" + value + "'");
        }
    }
}
