package org.newsquiz.web.question;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsquiz.web.error.Problem;

/** A question the teacher wrote or edited that breaks a rule; messages are grouped by form field. */
public class InvalidQuestion extends Problem {
    private final Map<String, List<String>> fields;

    public InvalidQuestion(Map<String, List<String>> fields) {
        super(400, fields.entrySet().stream().map(e -> e.getKey() + ": " + String.join("; ", e.getValue()))
                .collect(Collectors.joining(". ")));
        this.fields = Map.copyOf(fields);
    }

    public Map<String, List<String>> fields() {
        return fields;
    }
}
