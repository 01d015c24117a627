import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A class of students against a running NewsQuiz: STUDENTS join one quiz within a second through the JSON API,
 * then each saves an answer to QUESTIONS questions, with at most IN_FLIGHT saves outstanding. Prints latencies,
 * throughput and errors, then counts the stored answers in the database and compares them with the 204s.
 *
 * Usage: java -cp postgresql.jar LoadDriver.java BASE_URL JDBC_URL STUDENTS QUESTIONS IN_FLIGHT
 */
public class LoadDriver {
    record Student(String id, String token, List<Map<String, Object>> questions) {
    }

    record Save(Student student, Map<String, Object> question) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int students = Integer.parseInt(args[2]);
        int questions = Integer.parseInt(args[3]);
        int inFlight = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String code = pickQuiz(http, base, questions);
        System.out.printf("quiz %s, %d students, %d answers each, %d saves in flight%n", code, students, questions, inFlight);

        // Join: all students within one second, evenly spread.
        List<CompletableFuture<Student>> joins = new ArrayList<>();
        long[] joinNanos = new long[students];
        AtomicInteger joinErrors = new AtomicInteger();
        Map<String, AtomicInteger> joinErrorKinds = new java.util.concurrent.ConcurrentHashMap<>();
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
                    joinErrors.incrementAndGet();
                    joinErrorKinds.computeIfAbsent(failure != null ? failure.getClass().getSimpleName()
                            : "HTTP " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) Json.parse(response.body());
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> qs = (List<Map<String, Object>>) body.get("questions");
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
        System.out.printf("join: %d ok, %d errors %s in %.2f s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                joined.size(), joinErrors.get(), joinErrorKinds, joinSeconds, pct(joinNanos, 50), pct(joinNanos, 99), pct(joinNanos, 100));

        // Answer: every student's saves, interleaved as a class answers, IN_FLIGHT at a time.
        ConcurrentLinkedQueue<Save> queue = new ConcurrentLinkedQueue<>();
        for (int q = 0; q < questions; q++) {
            List<Save> round = new ArrayList<>();
            for (Student student : joined) {
                round.add(new Save(student, student.questions().get(q)));
            }
            Collections.shuffle(round);
            queue.addAll(round);
        }
        int total = queue.size();
        long[] saveNanos = new long[total];
        AtomicInteger done = new AtomicInteger();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicInteger> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
        long saveStart = System.nanoTime();
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < inFlight; lane++) {
            lanes.add(next(http, base, queue, saveNanos, done, acknowledged, errors, errorKinds));
        }
        CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).get();
        double saveSeconds = (System.nanoTime() - saveStart) / 1e9;
        System.out.printf("save: %d requests in %.2f s = %.0f saves/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                total, saveSeconds, total / saveSeconds, pct(saveNanos, 50), pct(saveNanos, 99), pct(saveNanos, 100));
        System.out.printf("save: %d acknowledged (204), %d errors %s%n", acknowledged.get(), errors.get(), errorKinds);

        long stored;
        try (var connection = DriverManager.getConnection(jdbc, "postgres", "postgres");
             var result = connection.createStatement().executeQuery("SELECT count(*) FROM attempt_answer")) {
            result.next();
            stored = result.getLong(1);
        }
        System.out.printf("database: %d answers stored, %d acknowledged, %d lost%n", stored, acknowledged.get(),
                acknowledged.get() - stored);
        boolean ok = joinErrors.get() == 0 && errors.get() == 0 && stored == acknowledged.get() && stored == total;
        System.out.println(ok ? "RESULT: no errors, nothing lost" : "RESULT: FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static CompletableFuture<Void> next(HttpClient http, String base, ConcurrentLinkedQueue<Save> queue,
                                                long[] nanos, AtomicInteger done, AtomicLong acknowledged,
                                                AtomicLong errors, Map<String, AtomicInteger> errorKinds) {
        Save save = queue.poll();
        if (save == null) {
            return CompletableFuture.completedFuture(null);
        }
        long sent = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + save.student().id()
                        + "/answers/" + ((Number) save.question().get("id")).longValue()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Attempt-Token", save.student().token())
                .PUT(HttpRequest.BodyPublishers.ofString(answerFor(save.question()))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            nanos[done.getAndIncrement()] = System.nanoTime() - sent;
            if (failure == null && response.statusCode() == 204) {
                acknowledged.incrementAndGet();
            } else {
                errors.incrementAndGet();
                String kind = failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
                errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            }
            return null;
        }).thenCompose(ignored -> next(http, base, queue, nanos, done, acknowledged, errors, errorKinds));
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
    private static String pickQuiz(HttpClient http, String base, int questions) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/quizzes/public")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (Object quiz : (List<Object>) Json.parse(body)) {
            Map<String, Object> listed = (Map<String, Object>) quiz;
            if (((String) listed.get("title")).contains("Washington")) {
                return (String) listed.get("code");
            }
        }
        throw new IllegalStateException("the seed quiz is not listed: " + body);
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
