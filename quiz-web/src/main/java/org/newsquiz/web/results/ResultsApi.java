package org.newsquiz.web.results;

import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquiz.web.teacher.Teacher;

/** A quiz's results for its owner or an administrator: JSON with the item analysis, or CSV for a spreadsheet. */
@Path("/api/quizzes")
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Tag(name = "Results")
public class ResultsApi {
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    ResultsService results;

    @GET
    @Path("{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attempts of a quiz with per-question facility and discrimination",
            description = "Item statistics are computed over finished (submitted or expired) attempts; a question "
                    + "a finished attempt left unanswered scores 0. Flags name the reasons a question needs review.")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "403", description = "The quiz belongs to another teacher")
    @APIResponse(responseCode = "404", description = "No such quiz")
    public QuizResults results(@PathParam("id") long id) {
        return results.results(id);
    }

    @GET
    @Path("{id}/results.csv")
    @Produces(CSV)
    @Operation(summary = "The results as CSV, one row per attempt",
            description = "Columns: name, state, started, submitted, seconds taken, score, max score, then one score "
                    + "per question. RFC 4180 quoting; cells starting with = + - @ are prefixed with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The CSV file")
    public Response csv(@PathParam("id") long id) {
        return download(results.results(id));
    }

    @GET
    @Path("{id}/results/attempts/{attemptId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One attempt question by question: response, correct answer, score")
    @APIResponse(responseCode = "200", description = "The attempt")
    @APIResponse(responseCode = "404", description = "No such quiz, or no such attempt of it")
    public AttemptDetail attempt(@PathParam("id") long id, @PathParam("attemptId") UUID attemptId) {
        return results.attempt(id, attemptId);
    }

    static Response download(QuizResults quizResults) {
        return Response.ok(ResultsCsv.write(quizResults), CSV)
                .header("Content-Disposition",
                        "attachment; filename=\"quiz-" + quizResults.quizId() + "-results.csv\"")
                .build();
    }
}
