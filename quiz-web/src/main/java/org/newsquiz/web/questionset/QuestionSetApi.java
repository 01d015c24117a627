package org.newsquiz.web.questionset;

import java.net.URI;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

@Path("/api/question-sets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Tag(name = "Question sets")
public class QuestionSetApi {

    public record NewQuestionSet(String title, List<Long> questionIds) {
    }

    @Inject
    QuestionSetService sets;

    @GET
    @Transactional
    @Operation(summary = "The teacher's question sets")
    public List<QuestionSetJson> list() {
        return sets.visible().stream().map(QuestionSetJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One question set")
    public QuestionSetJson get(@PathParam("id") long id) {
        return QuestionSetJson.of(sets.owned(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a set of approved questions, in the order given")
    public Response create(NewQuestionSet input) {
        if (input == null) {
            throw Problem.badRequest("Send the set as JSON: {\"title\", \"questionIds\"}.");
        }
        QuestionSet set = sets.create(input.title(), input.questionIds());
        return Response.created(URI.create("/api/question-sets/" + set.id)).entity(QuestionSetJson.of(set)).build();
    }
}
