package org.newsquiz.web.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every response: a strict Content-Security-Policy (scripts and styles from this origin only, no
 * framing), nosniff, same-origin referrers, and no-store on everything but the static files and the public list
 * of open quizzes, since teacher pages show answer keys and results and attempt pages a student's work. Behind HTTPS (an https NEWSQUIZ_PUBLIC_URL)
 * also HSTS and Secure cookies. Redirects name the configured origin, or only a path, never the Host header.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI runs inline scripts; it is only served to signed-in staff (see application.properties). */
    private static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
    private static final List<String> STATIC = List.of(".css", ".js", ".png", ".svg", ".ico", ".woff2");
    private static final String PUBLIC_QUIZZES = "/api/quizzes/public";
    private static final int PRIORITY = 400;

    private final PublicUrl publicUrl;

    public SecurityHeaders(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> decorate(context));
            context.next();
        }, PRIORITY);
    }

    private void decorate(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String path = request.path() == null ? "/" : request.path();
        response.putHeader("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : CSP);
        response.putHeader("X-Frame-Options", "DENY");
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("Referrer-Policy", "same-origin");
        if (!path.equals(PUBLIC_QUIZZES) && STATIC.stream().noneMatch(path::endsWith)) {
            response.putHeader("Cache-Control", "no-store");
        }
        if (publicUrl.https()) {
            response.putHeader("Strict-Transport-Security", "max-age=31536000");
            List<String> cookies = response.headers().getAll("Set-Cookie");
            if (!cookies.isEmpty()) {
                response.headers().remove("Set-Cookie");
                cookies.forEach(c -> response.headers().add("Set-Cookie",
                        c.toLowerCase(Locale.ROOT).contains("; secure") ? c : c + "; Secure"));
            }
        }
        String location = response.headers().get("Location");
        if (location != null) {
            response.putHeader("Location", ownOrigin(location, request.getHeader("Host")));
        }
    }

    /** A redirect to this application, pointed at the configured origin, or made a path when there is none. */
    String ownOrigin(String location, String host) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (uri.getRawAuthority() == null || host == null || !uri.getRawAuthority().equalsIgnoreCase(host)) {
            return location;
        }
        String rest = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicUrl.origin().map(origin -> origin + rest).orElse(rest);
    }
}
