package org.newsquiz.web.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bodies of the student API are small (a name, one answer); anything much larger is refused with the usual JSON
 * message before it is read, so a class of clients cannot tie up the server with big bodies. Teacher uploads and
 * imports have limits of their own; the HTTP server's limit caps every body.
 */
public class ApiBodyLimit {
    static final int MAX_STUDENT_BODY = 16 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/attempts") || request.getLength() <= MAX_STUDENT_BODY) {
            return null;
        }
        return Response.status(413).type(MediaType.APPLICATION_JSON)
                .entity(new ProblemMappers.ErrorBody(413, "The request is too large.")).build();
    }
}
