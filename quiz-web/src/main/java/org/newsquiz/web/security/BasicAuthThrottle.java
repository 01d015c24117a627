package org.newsquiz.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses HTTP Basic credentials with 429 and Retry-After while their account or the client's address is paused
 * by the sign-in throttle. Runs before authentication, so a paused account's password is not even checked.
 */
@ApplicationScoped
public class BasicAuthThrottle {
    /** Above the authentication handler (200), below the security headers. */
    private static final int PRIORITY = 250;

    private final SignInThrottle throttle;

    public BasicAuthThrottle(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String email = basicUser(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (email == null) {
            context.next();
            return;
        }
        String address = ClientAddress.of(context.request());
        context.vertx().executeBlocking(() -> throttle.retryAfterSeconds(email, address), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        context.fail(result.cause());
                    } else if (result.result() > 0) {
                        refuse(context, result.result());
                    } else {
                        context.next();
                    }
                });
    }

    private static void refuse(RoutingContext context, long seconds) {
        String message = "Too many failed sign-ins for this account or from your network; wait " + seconds
                + " seconds and try again.";
        context.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("status", 429).put("error", message).encode());
    }

    /** The user name of a Basic Authorization header, or null for none or a malformed one. */
    static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
