import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two ends of the load benchmark that wrk does not do: a class joining within one second through the JSON
 * API (printing join latencies and writing the saves for wrk's saves.lua), and the count of stored answers in the
 * database afterwards, compared with the saves wrk saw acknowledged.
 *
 * Usage: java LoadDriver.java join BASE_URL TITLE_PART STUDENTS QUESTIONS SAVES_FILE
 *        java -cp postgresql.jar LoadDriver.java count JDBC_URL SAVES_FILE ACKNOWLEDGED
 */
public class LoadDriver {
    record Student(String id, String token, List<Map<String, Object>> questions) {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "join" -> join(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "count" -> count(args[1], Path.of(args[2]), Long.parseLong(args[3]));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    /**
     * STUDENTS join the quiz whose title contains TITLE within one second, evenly spread, each on a connection of
     * its own as browsers do; their saves (QUESTIONS each, interleaved as a class answers) go to SAVES for wrk.
     */
    static void join(String base, String title, int students, int questions, Path saves) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String code = pickQuiz(http, base, title);
        List<CompletableFuture<Student>> joins = new ArrayList<>();
        long[] joinNanos = new long[students];
        Map<String, AtomicInteger> joinErrors = new ConcurrentHashMap<>();
        long joinStart = System.nanoTime();
        for (int i = 0; i < students; i++) {
            long due = joinStart + i * 1_000_000_000L / students;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            int index = i;
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/attempts"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Student " + i + "\"}"))
                    .build();
            joins.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                joinNanos[index] = System.nanoTime() - sent;
                if (failure != null || response.statusCode() != 201) {
                    joinErrors.computeIfAbsent(failure != null ? failure.getClass().getSimpleName()
                            : "HTTP " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) Json.parse(response.body());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> qs = (List<Map<String, Object>>) body.get("questions");
                if (qs.size() < questions) {
                    throw new IllegalStateException("the quiz has " + qs.size() + " questions, fewer than the "
                            + questions + " answers asked for: run with QUESTIONS=" + qs.size());
                }
                return new Student((String) body.get("id"), (String) body.get("token"), qs.subList(0, questions));
            }));
        }
        List<Student> joined = new ArrayList<>();
        for (CompletableFuture<Student> join : joins) {
            Student student = join.get();
            if (student != null) {
                joined.add(student);
            }
        }
        double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
        int errors = students - joined.size();
        System.out.printf("join %s: %d ok, %d errors %s, all done in %.2f s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                code, joined.size(), errors, joinErrors, joinSeconds, pct(joinNanos, 50), pct(joinNanos, 99), pct(joinNanos, 100));

        List<String> lines = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            List<String> round = new ArrayList<>();
            for (Student student : joined) {
                Map<String, Object> question = student.questions().get(q);
                round.add(student.id() + " " + student.token() + " " + ((Number) question.get("id")).longValue()
                        + " " + answerFor(question));
            }
            Collections.shuffle(round, new Random(q));
            lines.addAll(round);
        }
        Files.write(saves, lines);
        System.exit(errors == 0 ? 0 : 1);
    }

    /** Counts the stored answers of the attempts in SAVES and compares them with the saves wrk saw acknowledged. */
    static void count(String jdbc, Path saves, long acknowledged) throws Exception {
        List<String> lines = Files.readAllLines(saves);
        UUID[] attempts = lines.stream().map(line -> UUID.fromString(line.substring(0, line.indexOf(' '))))
                .distinct().toArray(UUID[]::new);
        long stored;
        try (var connection = DriverManager.getConnection(jdbc, "postgres", "postgres");
             var statement = connection.prepareStatement("SELECT count(*) FROM attempt_answer WHERE attempt_id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", attempts));
            try (var result = statement.executeQuery()) {
                result.next();
                stored = result.getLong(1);
            }
        }
        System.out.printf("database: %d answers stored, %d acknowledged, %d sent, %d lost%n", stored, acknowledged,
                lines.size(), acknowledged - stored);
        boolean ok = stored == acknowledged && stored == lines.size();
        System.out.println(ok ? "RESULT: no errors, nothing lost" : "RESULT: FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** A well-formed answer for each type: the first option, the items as shown, items paired in order. */
    @SuppressWarnings("unchecked")
    private static String answerFor(Map<String, Object> question) {
        List<String> options = (List<String>) question.get("options");
        List<String> items = (List<String>) question.get("items");
        List<String> answer = switch ((String) question.get("type")) {
            case "FILL_IN_BLANK" -> List.of("an answer");
            case "NUMERIC" -> List.of("12");
            case "ORDERING" -> options;
            case "MATCHING" -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    pairs.add(items.get(i) + " → " + options.get(i % options.size()));
                }
                yield pairs;
            }
            default -> List.of(options.get(0));
        };
        return "{\"answer\":" + Json.write(answer) + "}";
    }

    @SuppressWarnings("unchecked")
    private static String pickQuiz(HttpClient http, String base, String title) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/quizzes/public")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (Object quiz : (List<Object>) Json.parse(body)) {
            Map<String, Object> listed = (Map<String, Object>) quiz;
            if (((String) listed.get("title")).contains(title)) {
                return (String) listed.get("code");
            }
        }
        throw new IllegalStateException("no listed quiz has \"" + title + "\" in its title: " + body);
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Just enough JSON for the API's bodies. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            return new Json(text).value();
        }

        static String write(List<String> values) {
            StringBuilder out = new StringBuilder("[");
            for (String value : values) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return out.append(']').toString();
        }

        private Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    skip();
                    String key = string();
                    skip();
                    at++;
                    map.put(key, value());
                    skip();
                } while (text.charAt(at++) == ',');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    skip();
                } while (text.charAt(at++) == ',');
                return list;
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && ",}] \n".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String word = text.substring(start, at);
            return switch (word) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> Double.valueOf(word);
            };
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
            at++;
            return out.toString();
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
