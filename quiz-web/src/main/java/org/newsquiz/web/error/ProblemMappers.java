package org.newsquiz.web.error;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns refusals into a clear message: JSON {@code {"status", "error"}} for API clients, a friendly page for people.
 * Nothing of the exception's internals reaches the client.
 */
public class ProblemMappers {

    /** The JSON body of every refused API request. */
    public record ErrorBody(int status, String error) {
    }

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance problem(int status, String message);
    }

    @ServerExceptionMapper
    public Response problem(Problem problem, HttpHeaders headers, UriInfo uri) {
        return render(problem.status(), problem.getMessage(), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        return render(404, "There is no such page.", headers, uri);
    }

    /** Malformed JSON or JSON of the wrong shape: a 400 that says so, not the parser's internals. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return render(400, "The request body is not the JSON this endpoint expects.", headers, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 400 -> "The request could not be read.";
            case 405 -> "That action is not allowed here.";
            case 406 -> "That format cannot be produced here.";
            case 413 -> "The request is too large.";
            case 415 -> "That content type is not accepted here.";
            default -> status >= 500 ? "The server could not complete the request." : "The request was refused.";
        };
        return render(status, message, headers, uri);
    }

    /** The friendly page for a refusal outside the REST layer. */
    static String page(int status, String message) {
        return Templates.problem(status, message).render();
    }

    /** The JSON body of a refusal outside the REST layer. */
    static String json(int status, String message) {
        return "{\"status\":" + status + ",\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    static Response render(int status, String message, HttpHeaders headers, UriInfo uri) {
        return render(status, message, headers.getAcceptableMediaTypes(), uri.getPath());
    }

    /** The refusal as JSON or as a page; a 503 (the database cannot be reached) says when to try again. */
    static Response render(int status, String message, List<MediaType> accepted, String path) {
        Response.ResponseBuilder response = builder(status, message, accepted, path);
        return status == 503 ? response.header("Retry-After", StorageMappers.RETRY_SECONDS).build() : response.build();
    }

    /** The same refusal from a request filter, before the request reaches a resource. */
    public static Response.ResponseBuilder response(int status, String message, ContainerRequestContext request) {
        return builder(status, message, request.getAcceptableMediaTypes(), request.getUriInfo().getPath());
    }

    private static Response.ResponseBuilder builder(int status, String message, List<MediaType> accepted, String path) {
        if (wantsJson(accepted, path)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(status, message));
        }
        return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.problem(status, message).render());
    }

    private static boolean wantsJson(List<MediaType> accepted, String path) {
        if (path.startsWith("/api/")) {
            return true;
        }
        return accepted.stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)
                && accepted.stream().noneMatch(MediaType.TEXT_HTML_TYPE::isCompatible);
    }
}
