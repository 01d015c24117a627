package org.newsquiz.web.error;

import java.io.IOException;
import java.util.Locale;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.common.util.URLUtils;

/**
 * Requests refused before any resource sees them: bodies over the server's size limit (413, which the server sends
 * without a word), bodies the HTTP layer cannot decode (a broken multipart stream, invalid percent escapes) and
 * sign-ins that are not forms. They are the client's error, so they get the usual message instead of a bare
 * status or the server's generic 500 page.
 */
@ApplicationScoped
public class MalformedRequests {
    static final String MESSAGE = "The request body could not be decoded: check its content type and encoding.";

    static final String TOO_LARGE = "The request is too large.";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        router.post("/j_security_check").order(Integer.MIN_VALUE).handler(this::signInIsAForm);
    }

    /** The sign-in form's post must be a form: the security layer cannot read anything else. */
    void signInIsAForm(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            context.next();
            return;
        }
        refuse(context, 415, "Sign in with the form on the sign-in page.");
    }

    /** The server refuses a body over its limit by its declared length; this says so in words. */
    void refuseOversized(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBody.asLongValue()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            refuse(context, 413, TOO_LARGE);
            return;
        }
        context.next();
    }

    void handle(RoutingContext context) {
        if (context.failure() == null && context.statusCode() == 413 && !context.response().headWritten()) {
            refuse(context, 413, TOO_LARGE);
            return;
        }
        if (!undecodable(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        refuse(context, 400, MESSAGE);
    }

    private static void refuse(RoutingContext context, int status, String message) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = context.normalizedPath().startsWith("/api/")
                || accept != null && accept.contains("json") && !accept.contains("html");
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, json ? "application/json" : "text/html;charset=UTF-8")
                .end(json ? ProblemMappers.json(status, message) : ProblemMappers.page(status, message));
    }

    static boolean undecodable(Throwable failure) {
        if (failure instanceof IOException) {
            return true;
        }
        return failure instanceof IllegalArgumentException && failure.getStackTrace().length > 0
                && failure.getStackTrace()[0].getClassName().equals(URLUtils.class.getName());
    }
}
