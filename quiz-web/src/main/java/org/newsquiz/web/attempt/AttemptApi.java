package org.newsquiz.web.attempt;

import java.util.List;
import java.util.UUID;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquiz.web.error.Problem;

/**
 * Taking a quiz from a program or from the page's script. The token comes back once, at the start, and must be
 * sent as {@code X-Attempt-Token} (or in the attempt's cookie, as browsers do).
 */
@Path("/api/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attempts", description = "Join a quiz, save answers, submit")
public class AttemptApi {
    @Inject
    Joining joining;
    @Inject
    AttemptService attempts;
    @Inject
    AnswerStore answers;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Join a quiz by its code",
            description = "Starts an attempt, or resumes the one this device's cookie holds. Questions come without answers.")
    @APIResponse(responseCode = "201", description = "Attempt started or resumed; keep the token")
    @APIResponse(responseCode = "404", description = "No quiz has this code")
    @APIResponse(responseCode = "409", description = "All attempts allowed on this device are used")
    @APIResponse(responseCode = "410", description = "The quiz is closed or not open yet")
    public Response join(ApiModels.JoinRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send {\"code\": ..., \"name\": ...}.");
        }
        Joining.Joined joined = joining.join(request.code(), request.name(), request.personalCode(), headers);
        return Response.status(Response.Status.CREATED).cookie(joined.cookies())
                .entity(body(joined.attempt(), joined.token(), joined.resumed(), joined.newViews())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The attempt with its questions and saved answers", description = "For resuming.")
    @APIResponse(responseCode = "200", description = "The attempt")
    @APIResponse(responseCode = "403", description = "Missing or wrong token")
    public ApiModels.AttemptBody get(@PathParam("id") UUID id) {
        return body(own(id), null, true, null);
    }

    @PUT
    @Path("{id}/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer", description = "Committed before the reply; saving the same answer again is harmless. "
            + "The answer has the shape of the core's answers: chosen options, typed text, the number, the items in "
            + "order, or \"left → right\" pairs.")
    @APIResponse(responseCode = "204", description = "Saved")
    @APIResponse(responseCode = "400", description = "The answer does not fit the question")
    @APIResponse(responseCode = "403", description = "Missing or wrong token")
    @APIResponse(responseCode = "404", description = "No such attempt, or the question is not part of it")
    @APIResponse(responseCode = "409", description = "Already submitted, or (immediate feedback) already answered")
    @APIResponse(responseCode = "410", description = "The time ran out (the attempt is now closed) or the quiz closed")
    public Uni<Response> save(@PathParam("id") UUID id, @PathParam("questionId") @Parameter(description = "question id") long questionId,
                              ApiModels.AnswerRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send {\"answer\": [...]}.");
        }
        String token = AttemptCookies.token(headers, id).orElse(null);
        // Runs on the event loop: the save is committed in a batch with the class's other saves (AnswerWriter).
        return Uni.createFrom().completionStage(() -> answers.saveWithoutBlocking(id, token, questionId, request.answer()))
                .map(stored -> {
                    if (!stored) {
                        throw Problem.gone("The time for this attempt is up; the answers saved before then were marked.");
                    }
                    return Response.noContent().build();
                });
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit and get the score", description = "Submitting again returns the same result. "
            + "The review per question is included when the quiz's feedback mode allows.")
    @APIResponse(responseCode = "200", description = "The score and, as allowed, the review")
    @APIResponse(responseCode = "403", description = "Missing or wrong token")
    public ApiModels.ResultBody submit(@PathParam("id") UUID id) {
        own(id);
        Attempt attempt = attempts.submit(id);
        return ApiModels.ResultBody.of(attempt, attempts.review(id));
    }

    private Attempt own(UUID id) {
        return attempts.authorize(id, AttemptCookies.token(headers, id).orElse(null));
    }

    private ApiModels.AttemptBody body(Attempt attempt, String token, boolean resumed, List<QuestionView> knownViews) {
        List<QuestionView> views = !attempt.inProgress() ? List.of()
                : knownViews != null ? knownViews : attempts.views(attempt.id);
        List<ApiModels.ApiQuestion> questions = views.stream().map(ApiModels.ApiQuestion::of).toList();
        return new ApiModels.AttemptBody(attempt.id, token, attempt.quiz.title, attempt.state.name(),
                attempt.deadline, resumed, questions);
    }
}
