package org.newsquiz.core.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.newsquiz.core.exchange.ImportCollector.InvalidItemException;
import org.newsquiz.core.question.Evidence;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** Reads the JSON contract field by field, naming the field and the type it expected when one is wrong. */
final class JsonQuestionParser {
    private static final Set<String> FIELDS = Set.of("id", "type", "prompt", "options", "answers", "explanation",
            "evidence", "difficulty", "tags", "tolerance");

    private final ObjectMapper mapper;

    JsonQuestionParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ImportResult parse(byte[] data) throws ExchangeException {
        InputLimits.checkSize(data, "JSON");
        JsonNode root;
        try {
            root = mapper.readTree(data);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ExchangeException("the JSON file is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ")") + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new ExchangeException("the JSON file cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ExchangeException("the JSON file is empty");
        }
        if (!root.isObject() || !root.path("questions").isArray()) {
            throw new ExchangeException("the JSON file is not a question set: expected {\"article\": …, \"questions\": [ … ]}");
        }
        if (root.has("article") && !root.get("article").isObject()) {
            throw new ExchangeException("the JSON file's \"article\" must be an object with title and wordCount");
        }
        var collector = new ImportCollector();
        int position = 0;
        for (JsonNode node : root.get("questions")) {
            position++;
            String label = node.isValueNode() ? node.asText()
                    : node.path("id").isTextual() ? node.get("id").asText() : node.path("prompt").asText("");
            collector.add(position, label, () -> question(node));
        }
        return collector.result("JSON");
    }

    private static Question question(JsonNode node) throws InvalidItemException {
        if (!node.isObject()) {
            throw new InvalidItemException("a question must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidItemException("unknown field \"" + name + "\"");
            }
        }
        String typeName = text(node, "type", true);
        QuestionType type;
        try {
            type = QuestionType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new InvalidItemException("\"type\" must be one of " + List.of(QuestionType.values()) + ", not \"" + typeName + "\"");
        }
        return new Question(text(node, "id", true), type, text(node, "prompt", true), strings(node, "options", true),
                strings(node, "answers", true), text(node, "explanation", false), evidence(node),
                number(node, "difficulty", ImportCollector.DEFAULT_DIFFICULTY), strings(node, "tags", false),
                number(node, "tolerance", 0));
    }

    private static String text(JsonNode node, String field, boolean required) throws InvalidItemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidItemException("\"" + field + "\" is missing");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw new InvalidItemException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field, boolean required) throws InvalidItemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidItemException("\"" + field + "\" is missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidItemException("\"" + field + "\" must be an array of strings");
        }
        var result = new ArrayList<String>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidItemException("\"" + field + "\" must be an array of strings");
            }
            result.add(item.asText());
        }
        return result;
    }

    private static double number(JsonNode node, String field, double fallback) throws InvalidItemException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new InvalidItemException("\"" + field + "\" must be a number");
        }
        return value.asDouble();
    }

    private static List<Evidence> evidence(JsonNode node) throws InvalidItemException {
        JsonNode value = node.get("evidence");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidItemException("\"evidence\" must be an array of {text, start, end}");
        }
        var result = new ArrayList<Evidence>();
        for (JsonNode item : value) {
            if (!item.isObject() || !item.path("text").isTextual() || !item.path("start").canConvertToInt()
                    || !item.path("end").canConvertToInt() || !item.path("start").isIntegralNumber()
                    || !item.path("end").isIntegralNumber()) {
                throw new InvalidItemException("each evidence must be {\"text\": string, \"start\": integer, \"end\": integer}");
            }
            result.add(new Evidence(item.get("text").asText(), item.get("start").asInt(), item.get("end").asInt()));
        }
        return result;
    }
}
