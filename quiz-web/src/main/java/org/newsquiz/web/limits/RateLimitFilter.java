package org.newsquiz.web.limits;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsquiz.web.error.ProblemMappers;

/**
 * Refuses joins and views of join pages beyond the limit per client address, and answer saves beyond the limit
 * per attempt, with 429 and Retry-After, before any work is done. Behind a proxy the address is the one it forwards (X-Forwarded-For), when
 * proxy address forwarding is turned on.
 */
@Singleton
public class RateLimitFilter {
    private static final Pattern ANSWER_API = Pattern.compile("/api/attempts/([0-9a-fA-F-]{36})/answers/[^/]+");
    private static final Pattern ANSWER_FORM = Pattern.compile("/attempts/([0-9a-fA-F-]{36})/?");
    private static final long MAX_RETRY_SECONDS = 3600;

    private final RateLimits limits;

    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        if ("POST".equals(method) && ("/join".equals(path) || "/api/attempts".equals(path))) {
            return refuseIfOver(limits.joins(), clientAddress(http), request,
                    "Too many joins from your network just now; wait %d seconds and try again.");
        }
        if ("GET".equals(method) && path.startsWith("/join/")) {
            return refuseIfOver(limits.joinPages(), clientAddress(http), request,
                    "Too many join pages opened from your network just now; wait %d seconds and try again.");
        }
        Matcher attempt = "PUT".equals(method) ? ANSWER_API.matcher(path)
                : "POST".equals(method) ? ANSWER_FORM.matcher(path) : null;
        if (attempt != null && attempt.matches()) {
            return refuseIfOver(limits.answers(), attempt.group(1).toLowerCase(Locale.ROOT), request,
                    "Answers are arriving faster than they can be saved; wait %d seconds and send again.");
        }
        return null;
    }

    private static Response refuseIfOver(RateLimiter limiter, String key, ContainerRequestContext request,
                                         String message) {
        long waitNanos = limiter.acquire(key);
        if (waitNanos == 0) {
            return null;
        }
        long seconds = Math.min(MAX_RETRY_SECONDS, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos - 1) + 1));
        return ProblemMappers.response(429, String.format(message, seconds), request)
                .header("Retry-After", seconds).build();
    }

    private static String clientAddress(HttpServerRequest http) {
        SocketAddress address = http.remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }
}
