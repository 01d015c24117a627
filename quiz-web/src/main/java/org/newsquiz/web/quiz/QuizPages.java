package org.newsquiz.web.quiz;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
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
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSetService;
import org.newsquiz.web.teacher.Teacher;

/** The lists of question sets and quizzes: make a set, rename it, publish a set again with settings. */
@Path("/teacher")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class QuizPages {

    /** A set the publish form offers. */
    public record SetChoice(long id, String title) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sets(List<QuestionSetService.Section> sections, List<StoredQuestion> approved,
                String problem);

        static native TemplateInstance quizzes(List<QuizAuthoring.Section> sections, List<FeedbackMode> modes,
                List<SetChoice> sets, long chosenSet, SettingsForm form, String problem);
    }

    @Inject
    QuestionSetService sets;
    @Inject
    QuizAuthoring authoring;

    @GET
    @Path("sets")
    @Transactional
    public TemplateInstance setsPage() {
        return Templates.sets(sets.sections(), sets.approved(), "");
    }

    @GET
    @Path("sets/new")
    public Response newSet() {
        return Response.seeOther(URI.create("/teacher/sets")).build();
    }

    @POST
    @Path("sets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createSet(@FormParam("title") String title, @FormParam("question") List<Long> questionIds) {
        try {
            sets.create(title, questionIds);
            return Response.seeOther(URI.create("/teacher/sets")).build();
        } catch (Problem problem) {
            return refused(problem, () -> Templates.sets(sets.sections(), sets.approved(), problem.getMessage()));
        }
    }

    @POST
    @Path("sets/{id}/title")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renameSet(@PathParam("id") long id, @FormParam("title") String title) {
        try {
            sets.rename(id, title);
            return Response.seeOther(URI.create("/teacher/sets")).build();
        } catch (Problem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return refused(problem, () -> Templates.sets(sets.sections(), sets.approved(), problem.getMessage()));
        }
    }

    /** The form again with the problem, read in a transaction of its own: the refused one is rolled back. */
    static Response refused(Problem problem, Supplier<TemplateInstance> page) {
        String html = QuarkusTransaction.requiringNew().call(() -> page.get().render());
        return Response.status(problem.status()).type(MediaType.TEXT_HTML).entity(html).build();
    }

    @GET
    @Path("quizzes")
    public TemplateInstance quizzesPage() {
        return quizzes(0, SettingsForm.defaults(""), "");
    }

    @POST
    @Path("quizzes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@FormParam("set") String set, @FormParam("title") String title,
            @FormParam("minutes") String minutes, @FormParam("attempts") String attempts,
            @FormParam("opens") String opens, @FormParam("closes") String closes,
            @FormParam("onePerPage") boolean onePerPage, @FormParam("shuffle") boolean shuffle,
            @FormParam("feedback") String feedback, @FormParam("listed") boolean listed,
            @FormParam("recognition") String recognition) {
        SettingsForm form = new SettingsForm(title, minutes, attempts, opens, closes, onePerPage, shuffle, feedback,
                listed, recognition);
        long setId = setId(set);
        try {
            if (setId <= 0) {
                throw Problem.badRequest("Choose a question set.");
            }
            Quiz quiz = authoring.publish(setId, form.toSettings());
            return Response.seeOther(URI.create("/teacher/quizzes/" + quiz.id)).build();
        } catch (Problem problem) {
            return refused(problem, () -> quizzes(setId, form, problem.getMessage()));
        }
    }

    private TemplateInstance quizzes(long chosenSet, SettingsForm form, String problem) {
        List<SetChoice> choices = QuarkusTransaction.joiningExisting().call(() -> sets.visible().stream()
                .map(s -> new SetChoice(s.id, s.title)).toList());
        return Templates.quizzes(authoring.sections(), List.of(FeedbackMode.values()), choices, chosenSet, form,
                problem);
    }

    private static long setId(String set) {
        try {
            return set == null ? 0 : Long.parseLong(set.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
