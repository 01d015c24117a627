package org.newsquiz.web.attempt;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.quiz.JoinCodes;
import org.newsquiz.web.quiz.Quiz;

/** The student's pages: home with the join form, join, take, submit, score. Plain HTML forms. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StudentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Quiz> quizzes, String code, String message);

        static native TemplateInstance join(Quiz quiz);

        static native TemplateInstance take(Attempt attempt, List<QuestionView> questions, int answered);

        static native TemplateInstance result(Attempt attempt);
    }

    @Inject
    AttemptService attempts;

    @Context
    HttpHeaders headers;

    @GET
    public TemplateInstance home() {
        return Templates.home(Quiz.listedOpen(), "", "");
    }

    @GET
    @Path("join/{code}")
    public Response joinPage(@PathParam("code") String code) {
        Quiz quiz = openQuiz(code);
        Optional<URI> resume = resumable(quiz);
        return resume.isPresent() ? Response.seeOther(resume.get()).build()
                : Response.ok(Templates.join(quiz)).build();
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@FormParam("code") String code, @FormParam("name") String name) {
        Quiz quiz = openQuiz(code);
        Optional<URI> resume = resumable(quiz);
        if (resume.isPresent()) {
            return Response.seeOther(resume.get()).build();
        }
        AttemptService.Started started = attempts.start(quiz.id, name);
        return Response.seeOther(URI.create("/attempts/" + started.attempt().id))
                .cookie(AttemptCookies.issue(quiz.code, started.attempt().id, started.token())).build();
    }

    @GET
    @Path("attempts/{id}")
    public Response take(@PathParam("id") UUID id) {
        Attempt attempt = own(id);
        if (!attempt.inProgress()) {
            return Response.seeOther(URI.create("/attempts/" + id + "/result")).build();
        }
        List<QuestionView> views = attempts.views(attempt);
        int answered = (int) views.stream().filter(QuestionView::saved).count();
        return Response.ok(Templates.take(attempt, views, answered)).build();
    }

    @POST
    @Path("attempts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveOrSubmit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Attempt attempt = own(id);
        boolean inTime = true;
        for (QuestionView view : attempts.views(attempt)) {
            List<String> response = responseFromForm(form, view.id());
            if (!response.equals(view.response()) && attempt.inProgress()) {
                inTime = attempts.save(attempt, view.id(), response);
                if (!inTime) {
                    break;
                }
            }
        }
        if (!inTime || "submit".equals(form.getFirst("action"))) {
            attempts.submit(id);
            return Response.seeOther(URI.create("/attempts/" + id + "/result")).build();
        }
        return Response.seeOther(URI.create("/attempts/" + id + "?saved=1")).build();
    }

    @GET
    @Path("attempts/{id}/result")
    public Response result(@PathParam("id") UUID id) {
        Attempt attempt = own(id);
        if (attempt.inProgress()) {
            return Response.seeOther(URI.create("/attempts/" + id)).build();
        }
        return Response.ok(Templates.result(attempt)).build();
    }

    /** Field {@code q<ID>} holds chosen options or typed text; {@code q<ID>.<n>} the n-th pair or position. */
    static List<String> responseFromForm(MultivaluedMap<String, String> form, long questionId) {
        String name = "q" + questionId;
        List<String> values = new ArrayList<>(form.getOrDefault(name, List.of()));
        form.keySet().stream()
                .filter(key -> key.startsWith(name + ".") && key.substring(name.length() + 1).matches("\\d{1,3}"))
                .sorted(Comparator.comparingInt(key -> Integer.parseInt(key.substring(name.length() + 1))))
                .forEach(key -> values.add(form.getFirst(key)));
        return values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static Quiz openQuiz(String typed) {
        String code = JoinCodes.normalise(typed);
        Quiz quiz = code.isEmpty() ? null : Quiz.findByCode(code);
        if (quiz == null) {
            throw Problem.notFound("No quiz has the code \"" + typed + "\". Check the code with your teacher.");
        }
        if (!quiz.acceptsAttempts(java.time.OffsetDateTime.now())) {
            throw Problem.gone("The quiz \"" + quiz.title + "\" is closed.");
        }
        return quiz;
    }

    private Optional<URI> resumable(Quiz quiz) {
        Map<String, jakarta.ws.rs.core.Cookie> cookies = headers.getCookies();
        return AttemptCookies.held(cookies, quiz.code)
                .map(held -> (Attempt) Attempt.findById(held.attemptId()))
                .filter(a -> a != null && a.inProgress() && attempts.tokenMatches(a, tokenFor(a).orElse(null)))
                .map(a -> URI.create("/attempts/" + a.id));
    }

    private Attempt own(UUID id) {
        Attempt attempt = Attempt.findById(id);
        if (attempt == null) {
            throw Problem.notFound("There is no such attempt.");
        }
        return attempts.authorize(id, tokenFor(attempt).orElse(null));
    }

    private Optional<String> tokenFor(Attempt attempt) {
        String header = headers.getHeaderString("X-Attempt-Token");
        if (header != null) {
            return Optional.of(header);
        }
        return AttemptCookies.held(headers.getCookies(), attempt.quiz.code)
                .filter(held -> held.attemptId().equals(attempt.id)).map(AttemptCookies.Held::token);
    }
}
