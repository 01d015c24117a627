package org.newsquiz.web.quiz;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ArticleService;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.QuestionStatus;
import org.newsquiz.web.question.ReviewService;
import org.newsquiz.web.teacher.Teacher;

/**
 * A quiz after publishing: publishing an article's approved questions in one step, the "ready for your class" page
 * with the join code, link and QR code, the class view, changing settings, closing, reopening and duplicating.
 */
@Path("/teacher")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class ReadyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance publish(Article article, long approved, SettingsForm form,
                List<FeedbackMode> modes, String problem);

        static native TemplateInstance ready(QuizAuthoring.Ready ready, String link, String qr);

        static native TemplateInstance show(Quiz quiz, String link, String qr);

        static native TemplateInstance settings(Quiz quiz, SettingsForm form, List<FeedbackMode> modes,
                String problem);
    }

    @Inject
    QuizAuthoring authoring;
    @Inject
    ArticleService articles;
    @Inject
    ReviewService review;
    @Context
    UriInfo uri;

    @GET
    @Path("articles/{id}/publish")
    public TemplateInstance publishPage(@PathParam("id") long articleId) {
        Article article = articles.readable(articleId);
        return Templates.publish(article, approved(articleId), SettingsForm.defaults(article.title), modes(), "");
    }

    @POST
    @Path("articles/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long articleId, @FormParam("title") String title,
            @FormParam("minutes") String minutes, @FormParam("attempts") String attempts,
            @FormParam("opens") String opens, @FormParam("closes") String closes,
            @FormParam("onePerPage") boolean onePerPage, @FormParam("shuffle") boolean shuffle,
            @FormParam("feedback") String feedback, @FormParam("listed") boolean listed,
            @FormParam("recognition") String recognition) {
        SettingsForm form = new SettingsForm(title, minutes, attempts, opens, closes, onePerPage, shuffle, feedback,
                listed, recognition);
        Article article = articles.readable(articleId);
        try {
            Quiz quiz = authoring.publishApproved(articleId, form.toSettings());
            return Response.seeOther(URI.create("/teacher/quizzes/" + quiz.id)).build();
        } catch (Problem problem) {
            return QuizPages.refused(problem, () -> Templates.publish(article, approved(articleId), form, modes(),
                    problem.getMessage()));
        }
    }

    @GET
    @Path("quizzes/{id}")
    public TemplateInstance ready(@PathParam("id") long id) {
        QuizAuthoring.Ready ready = authoring.ready(id);
        String link = link(ready.quiz());
        return Templates.ready(ready, link, JoinQr.svg(link, "QR code of the join link " + link));
    }

    /** The join code, link and QR code alone, large, for a classroom screen. */
    @GET
    @Path("quizzes/{id}/show")
    public TemplateInstance show(@PathParam("id") long id) {
        Quiz quiz = authoring.owned(id);
        String link = link(quiz);
        return Templates.show(quiz, link, JoinQr.svg(link, "QR code of the join link " + link));
    }

    @GET
    @Path("quizzes/{id}/settings")
    public TemplateInstance settingsPage(@PathParam("id") long id) {
        Quiz quiz = authoring.owned(id);
        return Templates.settings(quiz, SettingsForm.of(quiz), modes(), "");
    }

    @POST
    @Path("quizzes/{id}/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSettings(@PathParam("id") long id, @FormParam("title") String title,
            @FormParam("minutes") String minutes, @FormParam("attempts") String attempts,
            @FormParam("opens") String opens, @FormParam("closes") String closes,
            @FormParam("onePerPage") boolean onePerPage, @FormParam("shuffle") boolean shuffle,
            @FormParam("feedback") String feedback, @FormParam("listed") boolean listed,
            @FormParam("recognition") String recognition) {
        SettingsForm form = new SettingsForm(title, minutes, attempts, opens, closes, onePerPage, shuffle, feedback,
                listed, recognition);
        Quiz quiz = authoring.owned(id);
        try {
            authoring.update(id, form.toSettings());
            return Response.seeOther(URI.create("/teacher/quizzes/" + id)).build();
        } catch (Problem problem) {
            return QuizPages.refused(problem, () -> Templates.settings(quiz, form, modes(), problem.getMessage()));
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
        return Response.seeOther(URI.create("/teacher/quizzes/" + id)).build();
    }

    @POST
    @Path("quizzes/{id}/duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response duplicate(@PathParam("id") long id) {
        Quiz copy = authoring.duplicate(id);
        return Response.seeOther(URI.create("/teacher/quizzes/" + copy.id)).build();
    }

    private String link(Quiz quiz) {
        return uri.getBaseUriBuilder().path("join").path(quiz.code).build().toString();
    }

    private long approved(long articleId) {
        return review.forArticle(articleId).stream().filter(q -> q.status == QuestionStatus.APPROVED).count();
    }

    private static List<FeedbackMode> modes() {
        return List.of(FeedbackMode.values());
    }
}
