package org.newsquiz.web.attempt;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsquiz.web.quiz.LibraryPreparation;
import org.newsquiz.web.quiz.Quiz;

/** Home page with the join form, the page of one quiz, and joining (or resuming on the same device). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Quiz> quizzes, boolean preparing);

        static native TemplateInstance join(Quiz quiz);
    }

    @Inject
    Joining joining;
    @Inject
    LibraryPreparation library;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance home() {
        OffsetDateTime now = OffsetDateTime.now();
        return Templates.home(Quiz.listedOpen().stream().filter(q -> q.acceptsAttempts(now)).toList(),
                library.preparing());
    }

    @GET
    @Path("join/{code}")
    public Response joinPage(@PathParam("code") String code) {
        Quiz quiz = joining.openQuiz(code);
        Optional<AttemptCookies.Held> held = joining.resumable(quiz, headers);
        return held.isPresent() ? Response.seeOther(AttemptPages.location(held.get().attemptId())).build()
                : Response.ok(Templates.join(quiz)).build();
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@FormParam("code") String code, @FormParam("name") String name) {
        Joining.Joined joined = joining.join(code, name, headers);
        URI location = AttemptPages.location(joined.attempt().id);
        return Response.seeOther(location).cookie(joined.cookies()).build();
    }
}
