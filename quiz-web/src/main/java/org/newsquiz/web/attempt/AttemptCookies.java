package org.newsquiz.web.attempt;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

/**
 * The browser's proof of an attempt: one cookie per quiz, {@code nq_<CODE>=<attempt id>.<token>}, HttpOnly and
 * SameSite, so re-opening the quiz on the same device resumes the same attempt. API clients send the token in
 * the {@code X-Attempt-Token} header instead.
 */
public final class AttemptCookies {
    public static final String TOKEN_HEADER = "X-Attempt-Token";
    static final String DEVICE = "nq_device";
    private static final int THIRTY_DAYS = 30 * 24 * 3600;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private AttemptCookies() {
    }

    public record Held(UUID attemptId, String token) {
    }

    static String name(String quizCode) {
        return "nq_" + quizCode;
    }

    public static NewCookie issue(String quizCode, UUID attemptId, String token) {
        return cookie(name(quizCode), attemptId + "." + token, THIRTY_DAYS);
    }

    public static Optional<Held> held(Map<String, Cookie> cookies, String quizCode) {
        Cookie cookie = cookies.get(name(quizCode));
        return cookie == null ? Optional.empty() : parse(cookie.getValue());
    }

    /** The token for {@code attemptId}: the header if sent, else the quiz cookie that names this attempt. */
    static Optional<String> token(HttpHeaders headers, UUID attemptId) {
        String header = headers.getHeaderString(TOKEN_HEADER);
        if (header != null) {
            return Optional.of(header);
        }
        return headers.getCookies().entrySet().stream()
                .filter(e -> e.getKey().startsWith("nq_") && !e.getKey().equals(DEVICE))
                .flatMap(e -> parse(e.getValue().getValue()).stream())
                .filter(held -> held.attemptId().equals(attemptId)).map(Held::token).findFirst();
    }

    /** This browser's device id, for counting attempts; empty until the first join sets it. */
    static Optional<String> device(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(DEVICE);
        return cookie == null || !cookie.getValue().matches("[A-Za-z0-9_-]{16,64}") ? Optional.empty()
                : Optional.of(cookie.getValue());
    }

    static NewCookie issueDevice(String deviceId) {
        return cookie(DEVICE, deviceId, ONE_YEAR);
    }

    private static NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }

    private static Optional<Held> parse(String value) {
        int dot = value.indexOf('.');
        try {
            return dot < 0 ? Optional.empty()
                    : Optional.of(new Held(UUID.fromString(value.substring(0, dot)), value.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
