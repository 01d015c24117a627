package org.newsquiz.web.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.teacher.Teacher;
import org.newsquiz.web.teacher.TestTeachers;

/** Guessing passwords, with the form and with HTTP Basic, meets growing pauses shared through the database. */
@QuarkusTest
class SignInThrottleTest {
    @Inject
    TestTeachers teachers;

    /** The form as a browser at {@code address} posts it, with the CSRF pair of a fresh visit. */
    private static Response formSignIn(String address, String email, String password) {
        Response form = given().get("/login");
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .cookie(CsrfTokens.COOKIE, form.getCookie(CsrfTokens.COOKIE))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", TestTeachers.Browser.csrfToken(form.asString()))
                .formParam("j_username", email).formParam("j_password", password).post("/j_security_check");
    }

    private static Response basic(String address, String email, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address).auth().preemptive()
                .basic(email, password).get("/api/articles");
    }

    @Test
    void guessesAtOneAccountArePausedLongerEachTimeAndItsOwnerIsTold() throws InterruptedException {
        Teacher teacher = teachers.teacher("guessed@school.test");
        for (int guess = 1; guess <= 5; guess++) {
            Response wrong = formSignIn("198.51.100.31", teacher.email, "wrong guess " + guess);
            assertEquals("/login?error=1", wrong.header("Location"), "guess " + guess);
        }
        Response paused = formSignIn("198.51.100.32", teacher.email, TestTeachers.PASSWORD);
        assertEquals(429, paused.statusCode(), "the right password from another address is refused while paused");
        long first = Long.parseLong(paused.header("Retry-After"));
        assertTrue(first >= 1 && first <= 2, "first pause " + first);
        assertTrue(paused.asString().contains("Too many failed sign-ins"), paused.asString());
        assertEquals(null, paused.getCookie("newsquiz-session"));

        Thread.sleep(first * 1000 + 300);
        formSignIn("198.51.100.31", teacher.email, "wrong guess 6").then().statusCode(302);
        long second = Long.parseLong(formSignIn("198.51.100.31", teacher.email, "x").header("Retry-After"));
        assertTrue(second > first && second <= 4, "second pause " + second + " after " + first);

        Thread.sleep(second * 1000 + 300);
        Response signedIn = formSignIn("198.51.100.33", teacher.email, TestTeachers.PASSWORD);
        assertEquals("/teacher", signedIn.header("Location"));
        String page = given().cookie("newsquiz-session", signedIn.getCookie("newsquiz-session")).get("/teacher")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"sign-in-notice\"") && page.contains("6 sign-ins to your account failed"), page);
        Response afterwards = formSignIn("198.51.100.33", teacher.email, TestTeachers.PASSWORD);
        String next = given().cookie("newsquiz-session", afterwards.getCookie("newsquiz-session")).get("/teacher")
                .asString();
        assertFalse(next.contains("sign-in-notice"), "the failures are forgotten once the owner was told");
    }

    @Test
    void oneAddressGuessingAtManyAccountsIsPausedToo() {
        String address = "198.51.100.34";
        int refusedAt = -1;
        for (int guess = 1; guess <= 40 && refusedAt < 0; guess++) {
            if (formSignIn(address, "nobody" + guess + "@school.test", "guess").statusCode() == 429) {
                refusedAt = guess;
            }
        }
        assertEquals(31, refusedAt, "30 free failures per address, then a pause");
        Teacher teacher = teachers.teacher("neighbour@school.test");
        assertEquals(429, formSignIn(address, teacher.email, TestTeachers.PASSWORD).statusCode());
        assertEquals("/teacher", formSignIn("198.51.100.35", teacher.email, TestTeachers.PASSWORD)
                .header("Location"), "other addresses are not paused");
    }

    @Test
    void httpBasicGuessesArePausedWith429AndRetryAfter() {
        Teacher teacher = teachers.teacher("basic-guessed@school.test");
        for (int guess = 1; guess <= 5; guess++) {
            assertEquals(401, basic("198.51.100.36", teacher.email, "wrong guess " + guess).statusCode());
        }
        Response paused = basic("198.51.100.37", teacher.email, TestTeachers.PASSWORD);
        assertEquals(429, paused.statusCode());
        assertTrue(Long.parseLong(paused.header("Retry-After")) >= 1);
        assertEquals(429, paused.jsonPath().getInt("status"));
        assertTrue(paused.jsonPath().getString("error").contains("wait"));
    }

    /** An unknown account costs a bcrypt like a wrong password, so timing does not tell which accounts exist. */
    @Test
    void failuresTakeAsLongForUnknownAccountsAsForKnownOnes() {
        Teacher teacher = teachers.teacher("timed@school.test");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            known.add(timed(() -> basic("198.51.100.38", teacher.email, "not it")));
            int n = round;
            unknown.add(timed(() -> basic("198.51.100.39", "absent" + n + "@school.test", "not it")));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertTrue(unknownMedian * 2 >= knownMedian && knownMedian * 2 >= unknownMedian,
                "unknown " + unknown + " ms, known " + known + " ms");
    }

    private static long timed(java.util.function.Supplier<Response> send) {
        long start = System.nanoTime();
        assertEquals(401, send.get().statusCode());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return (sorted.get(sorted.size() / 2) + sorted.get((sorted.size() - 1) / 2)) / 2;
    }
}
