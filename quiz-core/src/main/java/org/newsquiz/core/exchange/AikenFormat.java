package org.newsquiz.core.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/**
 * Moodle's Aiken format: single-answer multiple choice only, a prompt line, lettered options and
 * {@code ANSWER: B}. Carries nothing else: ids are made up on import, explanation, tags, evidence and
 * difficulty are dropped, and quote attributions come back as multiple choice.
 */
public final class AikenFormat implements QuestionWriter, QuestionReader {
    static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(.*)$");
    static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_OPTIONS = 26;

    @Override
    public String name() {
        return "aiken";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "aiken.txt";
    }

    @Override
    public boolean canWrite(QuestionType type) {
        return type.isSingleAnswer();
    }

    @Override
    public ExportResult write(String title, List<Question> questions) {
        var out = new StringBuilder();
        var skipped = new ArrayList<ExportResult.SkippedQuestion>();
        for (Question q : questions) {
            if (!canWrite(q.type())) {
                skipped.add(new ExportResult.SkippedQuestion(q.id(),
                        "Aiken holds single-answer multiple choice only, not " + q.type()));
                continue;
            }
            String prompt = oneLine(q.prompt());
            if (q.options().size() > MAX_OPTIONS || q.answers().size() != 1 || !q.options().contains(q.answers().get(0))
                    || OPTION.matcher(prompt).matches() || ANSWER.matcher(prompt).matches()) {
                skipped.add(new ExportResult.SkippedQuestion(q.id(),
                        "Aiken needs one correct answer among at most 26 options and a prompt not read as an option"));
                continue;
            }
            out.append(prompt).append('\n');
            for (int i = 0; i < q.options().size(); i++) {
                out.append((char) ('A' + i)).append(". ").append(oneLine(q.options().get(i))).append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + q.options().indexOf(q.answers().get(0)))).append("\n\n");
        }
        return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    @Override
    public ImportResult read(byte[] data) throws ExchangeException {
        return new AikenParser(InputLimits.text(data, "Aiken")).parse();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
