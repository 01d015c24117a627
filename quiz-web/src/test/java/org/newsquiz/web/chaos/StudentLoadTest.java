package org.newsquiz.web.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load driver against a stand-in of the student JSON API that fails every fifth answer with a 502. */
class StudentLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void recordsOnlyAcknowledgedAnswersAndRetriesFailedOnes(@TempDir Path out) throws Exception {
        Map<String, String> stored = new ConcurrentHashMap<>();
        Set<String> submitted = ConcurrentHashMap.newKeySet();
        AtomicInteger puts = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/quizzes/public", x -> reply(x, 200, "[{\"code\":\"ABC234\",\"title\":\"T\"}]"));
        server.createContext("/api/attempts", x -> {
            String path = x.getRequestURI().getPath();
            if (path.equals("/api/attempts")) {
                String id = java.util.UUID.randomUUID().toString();
                reply(x, 201, "{\"id\":\"" + id + "\",\"token\":\"t-" + id + "\",\"deadline\":null,\"questions\":["
                        + "{\"id\":1,\"type\":\"MULTIPLE_CHOICE\",\"options\":[\"a\",\"b\"]},"
                        + "{\"id\":2,\"type\":\"NUMERIC\",\"options\":[]}]}");
            } else if (!x.getRequestHeaders().getFirst("X-Attempt-Token").equals("t-" + path.split("/")[3])) {
                reply(x, 403, "{}");
            } else if (path.endsWith("/submit")) {
                submitted.add(path.split("/")[3]);
                reply(x, 200, "{\"score\":1.0}");
            } else if (puts.incrementAndGet() % 5 == 0) {
                reply(x, 502, "");
            } else {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                stored.put(path.split("/")[3] + "," + path.split("/")[5], JSON.readTree(body).get("answer").toString());
                reply(x, 204, null);
            }
        });
        server.start();
        try {
            StudentLoad.main("http://127.0.0.1:" + server.getAddress().getPort(), "2", "2", out.toString());
        } finally {
            server.stop(0);
        }

        List<String> requests = Files.readAllLines(out.resolve("requests.csv"));
        List<String> acks = Files.readAllLines(out.resolve("acks.csv"));
        assertFalse(acks.isEmpty(), "answers were acknowledged: " + requests);
        for (String ack : acks) {
            String[] fields = ack.split(",", 3);
            String response = fields[2].substring(1, fields[2].length() - 1).replace("\"\"", "\"");
            assertEquals(stored.get(fields[0] + "," + fields[1]), response, "acknowledged as stored: " + ack);
        }
        List<String> submissions = Files.readAllLines(out.resolve("submissions.csv"));
        assertFalse(submissions.isEmpty());
        submissions.forEach(s -> assertTrue(submitted.contains(s.split(",")[0]) && s.endsWith(",1.0"), s));
        assertTrue(requests.stream().anyMatch(r -> r.endsWith(",answer,502")), "the failures are logged");
        assertTrue(requests.stream().noneMatch(r -> r.endsWith(",403")), "the token goes with every request");
    }

    @Test
    void answersHaveTheShapeOfTheirQuestionType() throws Exception {
        JsonNode matching = JSON.readTree("{\"type\":\"MATCHING\",\"options\":[\"x\",\"y\"],\"items\":[\"1\",\"2\"]}");
        assertEquals("[\"1 → x\",\"2 → y\"]", StudentLoad.answerFor(matching, new Random(1)).toString());
        JsonNode ordering = JSON.readTree("{\"type\":\"ORDERING\",\"options\":[\"b\",\"a\"]}");
        assertEquals("[\"b\",\"a\"]", StudentLoad.answerFor(ordering, new Random(1)).toString());
        JsonNode numeric = JSON.readTree("{\"type\":\"NUMERIC\",\"options\":[]}");
        assertEquals("[\"42\"]", StudentLoad.answerFor(numeric, new Random(1)).toString());
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body == null ? -1 : bytes.length);
        if (body != null) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
