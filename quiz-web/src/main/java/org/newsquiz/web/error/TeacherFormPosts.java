package org.newsquiz.web.error;

import java.util.Locale;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every state-changing teacher page is a form: a signed-in post without a form body (no body, an empty or another
 * content type) is refused with 415 before the resource runs, instead of reaching a page that expects the form's
 * fields and its CSRF token. Anonymous posts never get here: they are sent to the sign-in page first.
 */
public class TeacherFormPosts {
    static final String MESSAGE = "Send this from the form on its page.";

    @ServerRequestFilter
    public Response formsOnly(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/teacher/")) {
            return null;
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data")) {
            return null;
        }
        return ProblemMappers.response(415, MESSAGE, request).build();
    }
}
