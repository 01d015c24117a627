package org.newsquiz.core.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionSet;

/**
 * The question set as the JSON of the output contract. Fields are written in the contract's order with a
 * fixed indenter and line feed, so the same set always gives the same bytes on every platform.
 */
final class QuestionSetJson implements QuestionSetRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    @Override
    public String render(QuestionSet set) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode article = root.putObject("article");
        article.put("title", set.article().title());
        article.put("wordCount", set.article().wordCount());
        ArrayNode questions = root.putArray("questions");
        set.questions().forEach(question -> write(question, questions.addObject()));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    private static void write(Question question, ObjectNode node) {
        node.put("id", question.id());
        node.put("type", question.type().name());
        node.put("prompt", question.prompt());
        strings(node.putArray("options"), question.options());
        strings(node.putArray("answers"), question.answers());
        node.put("explanation", question.explanation());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence passage : question.evidence()) {
            evidence.addObject().put("text", passage.text()).put("start", passage.start()).put("end", passage.end());
        }
        node.put("difficulty", question.difficulty());
        strings(node.putArray("tags"), question.tags());
        node.put("tolerance", question.tolerance());
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
