package org.newsquiz.core.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.newsquiz.core.question.ArticleSummary;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;
import org.newsquiz.core.question.QuestionType;

/**
 * The core's own contract, {@code {"article":{"title","wordCount"},"questions":[…]}}: the only format that
 * carries every field, evidence and difficulty included.
 */
public final class JsonFormat implements QuestionWriter, QuestionReader {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public boolean canWrite(QuestionType type) {
        return true;
    }

    /** Writes the set under {@code title}; the word count is 0 because stored questions no longer know it. */
    @Override
    public ExportResult write(String title, List<Question> questions) {
        return write(new QuestionSet(new ArticleSummary(title == null ? "" : title, 0), questions));
    }

    /** Writes a question set exactly as the generator produced it. */
    public ExportResult write(QuestionSet set) {
        try {
            return new ExportResult(MAPPER.writeValueAsBytes(set), List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a question set could not be written as JSON", e);
        }
    }

    @Override
    public ImportResult read(byte[] data) throws ExchangeException {
        return new JsonQuestionParser(MAPPER).parse(data);
    }
}
