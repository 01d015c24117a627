package org.newsquiz.web.question;

import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.Teacher;

/** Reviewing questions through the API: edit, approve, reject, reorder, new distractors. */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Tag(name = "Questions")
public class QuestionApi {
    /** Where to move a question in its article's list: "up" or "down". */
    public record Move(String direction) {
    }

    @Inject
    ReviewService review;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a question's prompt, options, answers, explanation, difficulty and tolerance")
    public QuestionJson edit(@PathParam("id") long id, QuestionEdit edit) {
        return QuestionJson.of(review.edit(id, required(edit)));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a question for question sets")
    public QuestionJson approve(@PathParam("id") long id) {
        return QuestionJson.of(review.setStatus(id, QuestionStatus.APPROVED));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a question")
    public QuestionJson reject(@PathParam("id") long id) {
        return QuestionJson.of(review.setStatus(id, QuestionStatus.REJECTED));
    }

    @POST
    @Path("{id}/distractors")
    @Operation(summary = "Draw other wrong options for a choice question from the article")
    public QuestionJson distractors(@PathParam("id") long id) {
        return QuestionJson.of(review.regenerateDistractors(id));
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a question one place up or down in its article's list; returns the list in its new order")
    public List<QuestionJson> move(@PathParam("id") long id, Move move) {
        if (move == null) {
            throw Problem.badRequest("Send the direction as JSON: {\"direction\": \"up\"} or {\"direction\": \"down\"}.");
        }
        return review.move(id, move.direction()).stream().map(QuestionJson::of).toList();
    }

    public static QuestionEdit required(QuestionEdit edit) {
        if (edit == null) {
            throw Problem.badRequest("Send the question as JSON: type, prompt, options, answers, explanation, difficulty.");
        }
        return edit;
    }
}
