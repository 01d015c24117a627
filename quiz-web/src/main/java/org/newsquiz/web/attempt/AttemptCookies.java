package org.newsquiz.web.attempt;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

/**
 * The browser's proof of an attempt: one cookie per quiz, {@code nq_<CODE>=<attempt id>.<token>}, HttpOnly and
 * SameSite, so re-opening the quiz on the same device resumes the same attempt.
 */
public final class AttemptCookies {
    private static final int THIRTY_DAYS = 30 * 24 * 3600;

    private AttemptCookies() {
    }

    public record Held(UUID attemptId, String token) {
    }

    static String name(String quizCode) {
        return "nq_" + quizCode;
    }

    public static NewCookie issue(String quizCode, UUID attemptId, String token) {
        return new NewCookie.Builder(name(quizCode)).value(attemptId + "." + token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(THIRTY_DAYS).build();
    }

    public static Optional<Held> held(Map<String, Cookie> cookies, String quizCode) {
        Cookie cookie = cookies.get(name(quizCode));
        if (cookie == null) {
            return Optional.empty();
        }
        String value = cookie.getValue();
        int dot = value.indexOf('.');
        try {
            return dot < 0 ? Optional.empty()
                    : Optional.of(new Held(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
