package org.newsquiz.web.quiz;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.questionset.QuestionSetService;
import org.newsquiz.web.teacher.Teacher;

/** Question sets and quizzes: make a set from approved questions, publish it with settings, close or reopen. */
@Path("/teacher")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class QuizPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sets(List<QuestionSet> sets, List<StoredQuestion> approved, String problem);

        static native TemplateInstance quizzes(List<Quiz> quizzes, List<FeedbackMode> modes, List<QuestionSet> sets,
                String problem);
    }

    @Inject
    QuestionSetService sets;
    @Inject
    QuizAuthoring authoring;

    @GET
    @Path("sets")
    @Transactional
    public TemplateInstance setsPage() {
        return Templates.sets(sets.visible(), sets.approved(), "");
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
            return Response.seeOther(URI.create("/teacher/quizzes")).build();
        } catch (Problem problem) {
            return refused(problem, () -> Templates.sets(sets.visible(), sets.approved(), problem.getMessage()));
        }
    }

    /** The form again with the problem, read in a transaction of its own: the refused one is rolled back. */
    private static Response refused(Problem problem, Supplier<TemplateInstance> page) {
        String html = QuarkusTransaction.requiringNew().call(() -> page.get().render());
        return Response.status(problem.status()).type(MediaType.TEXT_HTML).entity(html).build();
    }

    @GET
    @Path("quizzes")
    @Transactional
    public TemplateInstance quizzesPage() {
        return Templates.quizzes(authoring.visible(), List.of(FeedbackMode.values()), sets.visible(), "");
    }

    @POST
    @Path("quizzes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@FormParam("set") Long setId, @FormParam("title") String title,
            @FormParam("minutes") String minutes, @FormParam("attempts") String attempts,
            @FormParam("opens") String opens, @FormParam("closes") String closes,
            @FormParam("onePerPage") boolean onePerPage, @FormParam("shuffle") boolean shuffle,
            @FormParam("feedback") FeedbackMode feedback, @FormParam("listed") boolean listed,
            @FormParam("recognition") Recognition recognition) {
        try {
            if (setId == null) {
                throw Problem.badRequest("Choose a question set.");
            }
            authoring.publish(setId, new QuizSettings(title, whole(minutes, "time limit"), whole(attempts, "attempts"),
                    moment(opens), moment(closes), onePerPage, shuffle, feedback, listed, recognition));
            return Response.seeOther(URI.create("/teacher/quizzes")).build();
        } catch (Problem problem) {
            return refused(problem, () -> Templates.quizzes(authoring.visible(), List.of(FeedbackMode.values()),
                    sets.visible(), problem.getMessage()));
        }
    }

    @POST
    @Path("quizzes/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") long id, @FormParam("status") String status) {
        QuizStatus chosen = switch (status == null ? "" : status) {
            case "CLOSED" -> QuizStatus.CLOSED;
            case "OPEN" -> QuizStatus.OPEN;
            default -> throw Problem.badRequest("Choose to close or to reopen the quiz.");
        };
        authoring.setStatus(id, chosen);
        return Response.seeOther(URI.create("/teacher/quizzes")).build();
    }

    private static Integer whole(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("The " + what + " must be a whole number.");
        }
    }

    /** A date-time field of the form, read in the server's time zone. */
    private static OffsetDateTime moment(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ZoneId.systemDefault()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("Enter dates as year-month-day and time.");
        }
    }
}
