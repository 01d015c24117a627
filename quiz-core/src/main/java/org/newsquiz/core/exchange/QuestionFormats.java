package org.newsquiz.core.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats questions can be exported to and imported from, by the names used in URLs and commands. */
public final class QuestionFormats {
    private static final List<QuestionFormat> ALL = List.of(
            new GiftFormat(), new MoodleXmlFormat(), new QtiFormat(), new AikenFormat(), new JsonFormat());

    private QuestionFormats() {
    }

    /** Every format name: gift, moodle, qti, aiken, json. */
    public static List<String> names() {
        return ALL.stream().map(QuestionFormat::name).toList();
    }

    /** The names of the formats that can be imported. */
    public static List<String> readableNames() {
        return ALL.stream().filter(QuestionReader.class::isInstance).map(QuestionFormat::name).toList();
    }

    /** The format of that name, ignoring case. */
    public static Optional<QuestionFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** The format of that name if it can export. */
    public static Optional<QuestionWriter> writer(String name) {
        return byName(name).filter(QuestionWriter.class::isInstance).map(QuestionWriter.class::cast);
    }

    /** The format of that name if it can import. */
    public static Optional<QuestionReader> reader(String name) {
        return byName(name).filter(QuestionReader.class::isInstance).map(QuestionReader.class::cast);
    }
}
