package org.newsquiz.web.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The raw material of hostile requests. */
final class Payloads {
    static final String SQL = "' OR '1'='1'; DROP TABLE attempt_answer; --";
    static final String SCRIPT = "<script>alert('newsquiz')</script>";
    static final String TRAVERSAL = "../../../../etc/passwd";
    static final List<String> GARBAGE_IDS = List.of("abc", "-1", "99999999999999999999", "1 OR 1=1", "..%2F..%2Fetc%2Fpasswd");
    static final String UNKNOWN_UUID = "7b0f4a52-1c0e-4c7e-9d3e-000000000000";
    /** Larger than the HTTP server accepts at all (6 MB). */
    static final int OVER_SERVER_LIMIT = 7 * 1024 * 1024;

    private Payloads() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Arrays nested far deeper than any parser should follow. */
    static byte[] deepJson(int depth) {
        return utf8("[".repeat(depth) + "]".repeat(depth));
    }

    /** A JSON object whose strings are not UTF-8: a lone continuation byte, an overlong form, a surrogate. */
    static byte[] invalidUtf8Json() {
        byte[] head = utf8("{\"code\":\"");
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80};
        byte[] tail = utf8("\",\"name\":\"x\",\"title\":\"x\",\"text\":\"x\"}");
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    /** A JSON object with one string field of {@code bytes} characters. */
    static byte[] hugeJson(String field, int bytes) {
        return utf8("{\"" + field + "\":\"" + "a".repeat(bytes) + "\"}");
    }

    /** Every field name the JSON endpoints take, each with a value of the wrong type. */
    static String wrongTypes() {
        return "{\"code\":{\"$ne\":null},\"name\":[\"a\"],\"answer\":{\"x\":1},\"title\":[1,2],\"text\":{\"t\":true},"
                + "\"fileName\":[],\"type\":{\"t\":1},\"prompt\":[],\"options\":\"one\",\"answers\":7,"
                + "\"difficulty\":\"hard\",\"tolerance\":[0],\"questionIds\":\"all\",\"questionSetId\":\"one\","
                + "\"timeLimitMinutes\":\"ten\",\"maxAttempts\":[1],\"feedbackMode\":{\"m\":1},\"opensAt\":true}";
    }

    static String json(String... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(keysAndValues[i]).append("\":")
                    .append(keysAndValues[i + 1]);
        }
        return json.append('}').toString();
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
