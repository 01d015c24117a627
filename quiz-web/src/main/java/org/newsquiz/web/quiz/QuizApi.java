package org.newsquiz.web.quiz;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.Teacher;

@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Tag(name = "Quizzes")
public class QuizApi {

    /** Publishing request: the set and the settings; omitted booleans take the defaults shown. */
    public record NewQuiz(Long questionSetId, String title, Integer timeLimitMinutes, Integer maxAttempts,
            OffsetDateTime opensAt, OffsetDateTime closesAt, Boolean onePerPage, Boolean shuffle,
            FeedbackMode feedbackMode, Boolean listed, Recognition recognition) {
        QuizSettings settings() {
            return new QuizSettings(title, timeLimitMinutes, maxAttempts, opensAt, closesAt,
                    Boolean.TRUE.equals(onePerPage), !Boolean.FALSE.equals(shuffle), feedbackMode,
                    Boolean.TRUE.equals(listed), recognition);
        }
    }

    @Inject
    QuizAuthoring authoring;

    @GET
    @Operation(summary = "The teacher's quizzes")
    public List<QuizJson> list() {
        return authoring.visible().stream().map(QuizJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a question set as a quiz (not listed on the home page unless asked)")
    public Response publish(NewQuiz input) {
        if (input == null || input.questionSetId() == null) {
            throw Problem.badRequest("Send the quiz as JSON with at least questionSetId and title.");
        }
        Quiz quiz = authoring.publish(input.questionSetId(), input.settings());
        return Response.created(URI.create("/api/quizzes/" + quiz.id)).entity(QuizJson.of(quiz)).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a quiz to new attempts")
    public QuizJson close(@PathParam("id") long id) {
        return QuizJson.of(authoring.setStatus(id, QuizStatus.CLOSED));
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed quiz")
    public QuizJson reopen(@PathParam("id") long id) {
        return QuizJson.of(authoring.setStatus(id, QuizStatus.OPEN));
    }
}
