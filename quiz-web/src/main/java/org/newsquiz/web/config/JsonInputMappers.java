package org.newsquiz.web.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsquiz.web.error.ProblemMappers;

/**
 * A JSON body that cannot be read (broken syntax, an unknown enum value, a wrong type) gets the same
 * {@code {"status", "error"}} answer as every other refused API request, without the parser's internals.
 */
public class JsonInputMappers {
    private static final String MESSAGE = "The JSON body could not be read: check its syntax, field types and values.";

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return badRequest();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return badRequest();
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return badRequest();
    }

    private static Response badRequest() {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new ProblemMappers.ErrorBody(400, MESSAGE)).build();
    }
}
