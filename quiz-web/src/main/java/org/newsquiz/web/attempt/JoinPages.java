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
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.quiz.LibraryPreparation;
import org.newsquiz.web.quiz.Quiz;
import org.newsquiz.web.quiz.Recognition;

/** Home page with the join form, the page of one quiz, and joining (or resuming on the same device). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Quiz> quizzes, JoinForm form, boolean preparing);

        static native TemplateInstance join(Quiz quiz, JoinForm form);
    }

    /**
     * What the join form shows again after a refusal: the code and name as typed, the reason, and the result of
     * the attempt already handed in when no attempt is left.
     */
    public record JoinForm(String code, String name, String problem, String resultHref) {
        static final JoinForm EMPTY = new JoinForm("", "", null, null);
    }

    @Inject
    Joining joining;
    @Inject
    LibraryPreparation library;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance home() {
        return Templates.home(openQuizzes(), JoinForm.EMPTY, library.preparing());
    }

    @GET
    @Path("join/{code}")
    public Response joinPage(@PathParam("code") String code) {
        Quiz quiz;
        try {
            quiz = joining.openQuiz(code);
        } catch (Problem refused) {
            return homeAgain(new JoinForm(code, "", refused.getMessage(), null), refused.status());
        }
        Optional<AttemptCookies.Held> held = joining.resumable(quiz, headers);
        return held.isPresent() ? Response.seeOther(AttemptPages.location(held.get().attemptId())).build()
                : Response.ok(Templates.join(quiz, JoinForm.EMPTY)).build();
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@FormParam("code") String code, @FormParam("name") String name,
                         @FormParam("personalCode") String personalCode) {
        Joining.Joined joined;
        try {
            Quiz quiz = joining.openQuiz(code);
            if (quiz.recognition == Recognition.ROSTER && (personalCode == null || personalCode.isBlank())) {
                // From the home page's form, which asks for a name: the quiz's own page asks for the code.
                return Response.seeOther(URI.create("/join/" + quiz.code)).build();
            }
            joined = joining.join(code, name, personalCode, headers);
        } catch (Problem refused) {
            return refusedJoin(code, name, refused);
        }
        URI location = AttemptPages.location(joined.attempt().id);
        return Response.seeOther(location).cookie(joined.cookies()).build();
    }

    /** A refused join shows its form again, as typed: the home page for a wrong code, else the quiz's own page. */
    private Response refusedJoin(String code, String name, Problem refused) {
        String typedCode = code == null ? "" : code.strip();
        String typedName = name == null ? "" : name;
        Quiz quiz;
        try {
            quiz = joining.openQuiz(code);
        } catch (Problem closedOrUnknown) {
            return homeAgain(new JoinForm(typedCode, typedName, refused.getMessage(), null), refused.status());
        }
        String result = joining.lastFinished(quiz, headers).map(id -> AttemptPages.location(id) + "/result")
                .orElse(null);
        JoinForm form = new JoinForm(quiz.code, typedName, refused.getMessage(), result);
        return Response.status(refused.status()).entity(Templates.join(quiz, form)).build();
    }

    private Response homeAgain(JoinForm form, int status) {
        return Response.status(status).entity(Templates.home(openQuizzes(), form, library.preparing())).build();
    }

    private static List<Quiz> openQuizzes() {
        OffsetDateTime now = OffsetDateTime.now();
        return Quiz.listedOpen().stream().filter(q -> q.acceptsAttempts(now)).toList();
    }
}
