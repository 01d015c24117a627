package org.newsquiz.web.attempt;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Replies about an attempt carry its token, its questions or its saved answers: no browser or proxy cache may
 * keep them, or a shared school computer could show one student's attempt to the next.
 */
public class NoStoreHeaders {
    @ServerResponseFilter
    public void forbidCaching(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/attempts") || path.startsWith("/attempts/")) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
