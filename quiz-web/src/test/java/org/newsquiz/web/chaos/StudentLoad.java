package org.newsquiz.web.chaos;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Simulated students for the fault-injection run: each one joins a public quiz through the balancer, saves an
 * answer per question and submits, over and over until the time is up. Every request is logged with its timing
 * and status; every answer acknowledged with 204 and every graded submission is written down for the database
 * check. A request that fails (no response, 5xx) is retried as a browser's user would, up to six times
 * over about 12 s.
 * With {@code --pages} students only load the home page (for a platform without the student JSON API).
 *
 * <pre>java -cp ... org.newsquiz.web.chaos.StudentLoad BASE_URL STUDENTS SECONDS OUT_DIR [--pages]</pre>
 */
public final class StudentLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS_PER_REQUEST = 6;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    /** Set when the students start, after the quiz has been looked up. */
    private volatile long deadline;
    private final PrintWriter requests;
    private final PrintWriter acks;
    private final PrintWriter submissions;

    private StudentLoad(String base, Path out) throws IOException {
        this.base = base;
        Files.createDirectories(out);
        requests = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.csv")), true);
        acks = new PrintWriter(Files.newBufferedWriter(out.resolve("acks.csv")), true);
        submissions = new PrintWriter(Files.newBufferedWriter(out.resolve("submissions.csv")), true);
    }

    public static void main(String... args) throws Exception {
        String base = args[0];
        int students = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        boolean pagesOnly = args.length > 4 && args[4].equals("--pages");
        StudentLoad load = new StudentLoad(base, Path.of(args[3]));
        String code = pagesOnly ? null : load.publicQuizCode();
        load.deadline = System.currentTimeMillis() + seconds * 1000;
        ExecutorService pool = Executors.newFixedThreadPool(students);
        for (int i = 0; i < students; i++) {
            Random random = new Random(i);
            String name = "Student " + (i + 1);
            pool.submit(() -> load.keepWorking(code, name, random));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        load.requests.close();
        load.acks.close();
        load.submissions.close();
    }

    private String publicQuizCode() throws Exception {
        HttpResponse<String> response = send("quizzes", HttpRequest.newBuilder(uri("/api/quizzes/public")).GET(), null);
        if (response == null || response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/quizzes/public answered "
                    + (response == null ? "nothing" : response.statusCode()));
        }
        return JSON.readTree(response.body()).get(0).get("code").asText();
    }

    private void keepWorking(String code, String name, Random random) {
        while (System.currentTimeMillis() < deadline) {
            try {
                if (code == null) {
                    send("page", HttpRequest.newBuilder(uri("/")).GET(), null);
                } else {
                    takeQuiz(code, name, random);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                requests.printf("%d,%d,%s,%d%n", System.currentTimeMillis(), System.currentTimeMillis(), "driver", -1);
            }
        }
    }

    private void takeQuiz(String code, String name, Random random) throws Exception {
        ObjectNode join = JSON.createObjectNode().put("code", code).put("name", name);
        HttpResponse<String> joined = retried("join", () -> HttpRequest.newBuilder(uri("/api/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(join.toString())), null);
        if (joined == null || joined.statusCode() != 201) {
            return;
        }
        JsonNode attempt = JSON.readTree(joined.body());
        String id = attempt.get("id").asText();
        String token = attempt.get("token").asText();
        for (JsonNode question : attempt.get("questions")) {
            long questionId = question.get("id").asLong();
            String answer = JSON.createObjectNode().set("answer", answerFor(question, random)).toString();
            HttpResponse<String> saved = retried("answer", () -> HttpRequest.newBuilder(
                            uri("/api/attempts/" + id + "/answers/" + questionId))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(answer)), token);
            if (saved != null && saved.statusCode() == 204) {
                acks.printf("%s,%d,\"%s\"%n", id, questionId,
                        JSON.readTree(answer).get("answer").toString().replace("\"", "\"\""));
            }
            if (System.currentTimeMillis() >= deadline) {
                return;
            }
        }
        HttpResponse<String> submitted = retried("submit", () -> HttpRequest.newBuilder(
                uri("/api/attempts/" + id + "/submit")).POST(HttpRequest.BodyPublishers.noBody()), token);
        if (submitted != null && submitted.statusCode() == 200) {
            submissions.printf("%s,%s%n", id, JSON.readTree(submitted.body()).path("score").asText());
        }
    }

    /** A valid response of the question's type; its correctness does not matter here. */
    static JsonNode answerFor(JsonNode question, Random random) {
        List<String> options = new ArrayList<>();
        question.path("options").forEach(o -> options.add(o.asText()));
        List<String> lefts = new ArrayList<>();
        question.path("items").forEach(l -> lefts.add(l.asText()));
        var answer = JSON.createArrayNode();
        switch (question.path("type").asText()) {
            case "FILL_IN_BLANK" -> answer.add("an answer");
            case "NUMERIC" -> answer.add("42");
            case "ORDERING" -> options.forEach(answer::add);
            case "MATCHING" -> {
                for (int i = 0; i < Math.min(lefts.size(), options.size()); i++) {
                    answer.add(lefts.get(i) + " → " + options.get(i));
                }
            }
            default -> {
                if (!options.isEmpty()) {
                    answer.add(options.get(random.nextInt(options.size())));
                }
            }
        }
        return answer;
    }

    private interface RequestFactory {
        HttpRequest.Builder create();
    }

    private HttpResponse<String> retried(String kind, RequestFactory request, String token) throws InterruptedException {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < ATTEMPTS_PER_REQUEST; attempt++) {
            response = send(kind, request.create(), token);
            if (response != null && response.statusCode() < 500) {
                return response;
            }
            Thread.sleep(200L << attempt);
        }
        return response;
    }

    /** One request, logged as start,end,kind,status (status 0: no response at all). */
    private HttpResponse<String> send(String kind, HttpRequest.Builder request, String token) throws InterruptedException {
        if (token != null) {
            request.header("X-Attempt-Token", token);
        }
        long start = System.currentTimeMillis();
        HttpResponse<String> response = null;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException noResponse) {
            // logged below with status 0
        }
        requests.printf("%d,%d,%s,%d%n", start, System.currentTimeMillis(), kind,
                response == null ? 0 : response.statusCode());
        return response;
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }
}
