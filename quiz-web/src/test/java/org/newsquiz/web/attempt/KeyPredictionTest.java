package org.newsquiz.web.attempt;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToLongFunction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.quiz.Quiz;

/**
 * The attacker's view: a student who knows the bank's order (a shared GIFT file puts the right answer first, a
 * Moodle matching keeps the right-hand items beside their left-hand ones, an ordering is stored in order) and the
 * source code, and sees everything an attempt in progress exposes (its id, its token, the device cookie, question
 * ids, prompts, the options and items as shown), tries to undo the attempt's shuffles. Over many attempts the best of
 * many strategies must score no better than guessing.
 */
@QuarkusTest
class KeyPredictionTest {
    static final int ATTEMPTS = 200;
    static final List<String> MC_KEYS = List.of("Helen Okafor", "4.35 million pounds", "March 2023");
    static final List<String> LEFTS = List.of("Work began", "The roof was replaced", "The shelves returned");
    static final List<String> RIGHTS = List.of("March 2023", "autumn 2023", "June 2024");
    static final List<String> ORDER = List.of("work began", "the roof was replaced", "the shelves returned");

    @Inject
    KeyedQuizFixture fixture;

    /** What one attempt in progress exposes, as the join reply and its cookies give it. */
    record Exposed(UUID id, String token, String device, List<Shown> questions) {
    }

    record Shown(long id, QuestionType type, String prompt, List<String> options, List<String> items) {
    }

    /** A guess at the permutation that turned the stored list into the shown one: shown[i] = stored[perm[i]]. */
    interface Unshuffle {
        int[] perm(Exposed attempt, Shown question, int size, boolean lefts);
    }

    @Test
    void noStrategyBeatsGuessingOverManyAttempts() {
        Quiz quiz = fixture.publish();
        String address = "10.14." + new Random().nextInt(250) + ".7";
        List<Exposed> attempts = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            attempts.add(join(quiz.code, address));
        }
        Map<String, Unshuffle> strategies = strategies();
        double chancePerAttempt = MC_KEYS.size() / 4.0 + 1 / 6.0 + 1 / 6.0;
        double variancePerAttempt = MC_KEYS.size() * (3 / 16.0) + 2 * (5 / 36.0);
        double mean = ATTEMPTS * chancePerAttempt;
        double limit = mean + 6 * Math.sqrt(ATTEMPTS * variancePerAttempt);
        String best = null;
        int bestHits = -1;
        for (var options : strategies.entrySet()) {
            for (var lefts : strategies.entrySet()) {
                int hits = 0;
                for (Exposed attempt : attempts) {
                    hits += hits(attempt, options.getValue(), lefts.getValue());
                }
                if (hits > bestHits) {
                    bestHits = hits;
                    best = options.getKey() + " / items: " + lefts.getKey();
                }
            }
        }
        System.out.printf("key prediction: best strategy %s scored %d of %d over %d attempts; chance %.1f, limit %.1f%n",
                best, bestHits, ATTEMPTS * (MC_KEYS.size() + 2), ATTEMPTS, mean, limit);
        assertTrue(bestHits < limit, "the strategy " + best + " predicted " + bestHits + " keys of "
                + ATTEMPTS * (MC_KEYS.size() + 2) + "; guessing gives " + mean + " on average");
    }

    @Test
    void everyOrderOfTheItemsTurnsUp() {
        Quiz quiz = fixture.publish();
        String address = "10.15." + new Random().nextInt(250) + ".8";
        Map<List<String>, Integer> orders = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            Shown matching = join(quiz.code, address).questions().stream()
                    .filter(q -> q.type() == QuestionType.MATCHING).findFirst().orElseThrow();
            orders.merge(matching.items(), 1, Integer::sum);
        }
        // Each of the 6 orders is missed by 60 uniform draws with probability (5/6)^60 < 2e-5.
        assertEquals(6, orders.size(), "the matching items are shown in every order: " + orders);
    }

    /** Keys hit in one attempt: the three multiple-choice questions, the whole matching, the whole ordering. */
    private static int hits(Exposed attempt, Unshuffle options, Unshuffle lefts) {
        int hits = 0;
        for (Shown q : attempt.questions()) {
            int[] perm = options.perm(attempt, q, q.options().size(), false);
            switch (q.type()) {
                case MULTIPLE_CHOICE -> {
                    String predicted = q.options().get(indexOf(perm, 0));
                    hits += MC_KEYS.contains(predicted) ? 1 : 0;
                }
                case ORDERING -> {
                    List<String> predicted = new ArrayList<>();
                    for (int stored = 0; stored < perm.length; stored++) {
                        predicted.add(q.options().get(indexOf(perm, stored)));
                    }
                    hits += predicted.equals(ORDER) ? 1 : 0;
                }
                case MATCHING -> {
                    int[] leftPerm = lefts.perm(attempt, q, q.items().size(), true);
                    boolean all = true;
                    for (int stored = 0; stored < perm.length; stored++) {
                        String left = q.items().get(indexOf(leftPerm, stored));
                        String right = q.options().get(indexOf(perm, stored));
                        all &= RIGHTS.get(LEFTS.indexOf(left)).equals(right);
                    }
                    hits += all ? 1 : 0;
                }
                default -> {
                }
            }
        }
        return hits;
    }

    /** Shown as stored, and replays of java.util.Random seeded from every public or client-held value. */
    private static Map<String, Unshuffle> strategies() {
        Map<String, ToLongFunction<Exposed>> seeds = new LinkedHashMap<>();
        seeds.put("id low bits", a -> a.id().getLeastSignificantBits());
        seeds.put("id high bits", a -> a.id().getMostSignificantBits());
        seeds.put("id bits xor", a -> a.id().getLeastSignificantBits() ^ a.id().getMostSignificantBits());
        seeds.put("id hash", a -> a.id().hashCode());
        seeds.put("token hash", a -> a.token().hashCode());
        seeds.put("device hash", a -> a.device() == null ? 0 : a.device().hashCode());
        seeds.put("42", a -> 42L);
        Map<String, Unshuffle> strategies = new LinkedHashMap<>();
        strategies.put("as stored", (a, q, size, lefts) -> identity(size));
        for (var seed : seeds.entrySet()) {
            ToLongFunction<Exposed> s = seed.getValue();
            strategies.put("one Random(" + seed.getKey() + ") in bank order", (a, q, size, lefts) -> sequential(a, q, s));
            strategies.put("Random(" + seed.getKey() + " ^ question id)",
                    (a, q, size, lefts) -> shuffled(size, new Random(s.applyAsLong(a) ^ q.id())));
            strategies.put("Random(" + seed.getKey() + " * 31 + prompt hash)",
                    (a, q, size, lefts) -> shuffled(size, new Random(s.applyAsLong(a) * 31 + q.prompt().hashCode())));
        }
        return strategies;
    }

    /** One generator drawn for the attempt, shuffling each question's options in the bank's order. */
    private static int[] sequential(Exposed attempt, Shown target, ToLongFunction<Exposed> seed) {
        Random random = new Random(seed.applyAsLong(attempt));
        List<Shown> bankOrder = new ArrayList<>(attempt.questions());
        bankOrder.sort(Comparator.comparingLong(Shown::id));
        for (Shown q : bankOrder) {
            int[] perm = shuffled(q.options().size(), random);
            if (q.id() == target.id()) {
                return perm;
            }
        }
        throw new IllegalStateException();
    }

    private static int[] shuffled(int size, Random random) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        Collections.shuffle(indices, random);
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] identity(int size) {
        int[] perm = new int[size];
        for (int i = 0; i < size; i++) {
            perm[i] = i;
        }
        return perm;
    }

    private static int indexOf(int[] perm, int value) {
        for (int i = 0; i < perm.length; i++) {
            if (perm[i] == value) {
                return i;
            }
        }
        return 0;
    }

    private static Exposed join(String code, String address) {
        Response joined = given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Eve")).post("/api/attempts");
        assertEquals(201, joined.statusCode(), joined.asString());
        List<Shown> shown = new ArrayList<>();
        for (Map<String, Object> q : joined.jsonPath().<Map<String, Object>>getList("questions")) {
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) q.get("options");
            @SuppressWarnings("unchecked")
            List<String> items = (List<String>) q.get("items");
            shown.add(new Shown(((Number) q.get("id")).longValue(), QuestionType.valueOf((String) q.get("type")),
                    (String) q.get("prompt"), options, items));
        }
        return new Exposed(UUID.fromString(joined.jsonPath().getString("id")), joined.jsonPath().getString("token"),
                joined.getCookie(AttemptCookies.DEVICE), shown);
    }
}
