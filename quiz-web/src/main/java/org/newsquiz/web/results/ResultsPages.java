package org.newsquiz.web.results;

import java.net.URI;
import java.util.UUID;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.Teacher;

/** The teacher's results pages: attempts, histogram and item analysis of a quiz, one attempt in detail, CSV. */
@Path("/teacher")
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class ResultsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(QuizResults results, ScoreHistogram histogram);

        static native TemplateInstance attempt(AttemptDetail detail);
    }

    @Inject
    ResultsService results;

    @GET
    @Path("quizzes/{id}/results")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance results(@PathParam("id") long id) {
        QuizResults quizResults = results.results(id);
        ScoreHistogram histogram = ScoreHistogram.of(ResultsService.percentages(
                quizResults.attempts().stream().filter(QuizResults.Row::finished).toList()));
        return Templates.results(quizResults, histogram);
    }

    @GET
    @Path("quizzes/{id}/results/attempts/{attemptId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance attempt(@PathParam("id") long id, @PathParam("attemptId") UUID attemptId) {
        return Templates.attempt(results.attempt(id, attemptId));
    }

    @POST
    @Path("quizzes/{id}/results/attempts/{attemptId}/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(@PathParam("id") long id, @PathParam("attemptId") UUID attemptId,
            @FormParam("confirm") String confirm) {
        confirmed(confirm);
        results.reset(id, attemptId);
        return Response.seeOther(URI.create("/teacher/quizzes/" + id + "/results/attempts/" + attemptId)).build();
    }

    @POST
    @Path("quizzes/{id}/results/attempts/{attemptId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @PathParam("attemptId") UUID attemptId,
            @FormParam("confirm") String confirm) {
        confirmed(confirm);
        results.delete(id, attemptId);
        return Response.seeOther(URI.create("/teacher/quizzes/" + id + "/results")).build();
    }

    /** Both lose a student's answers: the form's box must be ticked, so one stray click does nothing. */
    private static void confirmed(String confirm) {
        if (!"yes".equals(confirm)) {
            throw Problem.badRequest("Tick the box to confirm: the student's answers will be lost.");
        }
    }

    @GET
    @Path("quizzes/{id}/results.csv")
    @Produces(ResultsApi.CSV)
    public Response csv(@PathParam("id") long id) {
        return ResultsApi.download(results.results(id));
    }
}
