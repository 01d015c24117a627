package org.newsquiz.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages take their posts as forms. A post to a page without any content type carries no form at all (and no CSRF
 * token the page could be drawn again with): it is refused in words before a resource sees it.
 */
public class FormBodies {
    static final String MESSAGE = "The form arrived empty: fill it in on its page and send it again.";

    @ServerRequestFilter(preMatching = true)
    public Response refuseBodiless(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!"POST".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/q/")
                || (type != null && !type.isBlank())) {
            return null;
        }
        return ProblemMappers.response(400, MESSAGE, request).build();
    }
}
