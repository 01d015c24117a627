package org.newsquiz.core.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The formats {@code generate} can print, by their command-line name. */
enum OutputFormat {
    JSON(QuestionSetJson::new),
    TEXT(QuestionSetText::new),
    GIFT(QuestionSetGift::new);

    private final Supplier<QuestionSetRenderer> renderer;

    OutputFormat(Supplier<QuestionSetRenderer> renderer) {
        this.renderer = renderer;
    }

    QuestionSetRenderer renderer() {
        return renderer.get();
    }

    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(OutputFormat::cliName).toList();
    }

    static OutputFormat named(String name) throws UsageException {
        for (OutputFormat format : values()) {
            if (format.cliName().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new UsageException("unknown format '" + name + "' (expected " + String.join(" or ", names()) + ")");
    }
}
