package org.newsquiz.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * API bodies are small (a name, one answer); anything much larger is refused with the usual JSON message before
 * it is read. The HTTP server's own limit still caps bodies without a length.
 */
public class ApiBodyLimit {
    static final int MAX_API_BODY = 16 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/") || request.getLength() <= MAX_API_BODY) {
            return null;
        }
        return Response.status(413).type(MediaType.APPLICATION_JSON)
                .entity(new ProblemMappers.ErrorBody(413, "The request is too large.")).build();
    }
}
