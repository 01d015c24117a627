package org.newsquiz.web.quiz;

import java.net.URI;
import java.util.List;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

/** A quiz's class list: the names with their personal codes, printable, and the form to change the names. */
@Path("/teacher/quizzes/{id}/roster")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class RosterPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance roster(Quiz quiz, List<RosterEntry> entries, String names, String problem);
    }

    @Inject
    RosterService roster;
    @Inject
    QuizAuthoring authoring;

    @GET
    @Transactional
    public TemplateInstance page(@PathParam("id") long id) {
        List<RosterEntry> entries = roster.entries(id);
        return Templates.roster(authoring.owned(id), entries, names(entries), "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @FormParam("names") String names) {
        try {
            roster.replace(id, names);
            return Response.seeOther(URI.create("/teacher/quizzes/" + id + "/roster")).build();
        } catch (Problem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            String html = QuarkusTransaction.requiringNew().call(() -> Templates.roster(authoring.owned(id),
                    roster.entries(id), names == null ? "" : names, problem.getMessage()).render());
            return Response.status(problem.status()).type(MediaType.TEXT_HTML).entity(html).build();
        }
    }

    private static String names(List<RosterEntry> entries) {
        return String.join("\n", entries.stream().map(e -> e.name).toList());
    }
}
