package org.newsquiz.web.question;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.newsquiz.core.question.QuestionType;
import org.newsquiz.web.article.Article;
import org.newsquiz.web.article.ArticleService;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.teacher.Teacher;

/** The review screen of an article's questions, the question form (edit or write by hand) and the review actions. */
@Path("/teacher")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class ReviewPages {

    /** A question on the review screen with the article passage its evidence comes from. */
    public record Reviewed(StoredQuestion question, EvidencePassage passage) {
    }

    /** The question form's values as typed, one option or answer per line. */
    public record Fields(String type, String prompt, String options, String answers, String explanation,
            String difficulty, String tolerance) {
        static Fields of(StoredQuestion q) {
            return new Fields(q.type.name(), q.prompt, String.join("\n", q.options), String.join("\n", q.answers),
                    q.explanation, String.valueOf(q.difficulty), String.valueOf(q.tolerance));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(Article article, List<Reviewed> questions, String message);

        static native TemplateInstance form(Article article, String action, Fields fields, Map<String, String> errors,
                List<String> types);
    }

    @Inject
    ReviewService review;
    @Inject
    ArticleService articles;

    @GET
    @Path("articles/{id}/review")
    public TemplateInstance reviewPage(@PathParam("id") long articleId) {
        return page(articleId, "");
    }

    @GET
    @Path("articles/{id}/questions/new")
    public TemplateInstance newQuestion(@PathParam("id") long articleId) {
        Article article = articles.readable(articleId);
        Fields blank = new Fields(QuestionType.MULTIPLE_CHOICE.name(), "", "", "", "", "0.5", "0");
        return Templates.form(article, "/teacher/articles/" + articleId + "/questions", blank, Map.of(), types());
    }

    @POST
    @Path("articles/{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long articleId, @FormParam("type") String type,
            @FormParam("prompt") String prompt, @FormParam("options") String options, @FormParam("answers") String answers,
            @FormParam("explanation") String explanation, @FormParam("difficulty") String difficulty,
            @FormParam("tolerance") String tolerance) {
        Fields fields = new Fields(type, prompt, options, answers, explanation, difficulty, tolerance);
        Article article = articles.readable(articleId);
        try {
            review.add(articleId, edit(fields));
            return Response.seeOther(URI.create("/teacher/articles/" + articleId + "/review")).build();
        } catch (InvalidQuestion invalid) {
            return Response.status(400).entity(Templates.form(article, "/teacher/articles/" + articleId + "/questions",
                    fields, joined(invalid), types())).build();
        }
    }

    @GET
    @Path("questions/{id}/edit")
    public TemplateInstance editPage(@PathParam("id") long id) {
        StoredQuestion question = review.owned(id);
        return Templates.form(Article.findById(question.articleId), "/teacher/questions/" + id + "/edit",
                Fields.of(question), Map.of(), types());
    }

    @POST
    @Path("questions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @FormParam("type") String type,
            @FormParam("prompt") String prompt, @FormParam("options") String options, @FormParam("answers") String answers,
            @FormParam("explanation") String explanation, @FormParam("difficulty") String difficulty,
            @FormParam("tolerance") String tolerance) {
        Fields fields = new Fields(type, prompt, options, answers, explanation, difficulty, tolerance);
        StoredQuestion question = review.owned(id);
        try {
            review.edit(id, edit(fields));
            return backTo(question);
        } catch (InvalidQuestion invalid) {
            return Response.status(400).entity(Templates.form(Article.findById(question.articleId),
                    "/teacher/questions/" + id + "/edit", fields, joined(invalid), types())).build();
        }
    }

    @POST
    @Path("questions/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") long id, @FormParam("status") String status) {
        QuestionStatus chosen = switch (status == null ? "" : status) {
            case "APPROVED" -> QuestionStatus.APPROVED;
            case "REJECTED" -> QuestionStatus.REJECTED;
            case "DRAFT" -> QuestionStatus.DRAFT;
            default -> throw Problem.badRequest("Choose approve or reject.");
        };
        return backTo(review.setStatus(id, chosen));
    }

    @POST
    @Path("questions/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @FormParam("direction") String direction) {
        int step = switch (direction == null ? "" : direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw Problem.badRequest("Move a question up or down.");
        };
        review.move(id, step);
        return backTo(review.owned(id));
    }

    @POST
    @Path("questions/{id}/distractors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response distractors(@PathParam("id") long id) {
        StoredQuestion question = review.owned(id);
        try {
            review.regenerateDistractors(id);
            return backTo(question);
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page(question.articleId, problem.getMessage())).build();
        }
    }

    private TemplateInstance page(long articleId, String message) {
        Article article = articles.readable(articleId);
        List<Reviewed> reviewed = review.forArticle(articleId).stream()
                .map(q -> new Reviewed(q, EvidencePassage.of(q, article.body))).toList();
        return Templates.review(article, reviewed, message);
    }

    private static Response backTo(StoredQuestion question) {
        return Response.seeOther(URI.create("/teacher/articles/" + question.articleId + "/review#q" + question.id))
                .build();
    }

    private static QuestionEdit edit(Fields f) {
        java.util.Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        QuestionType type = null;
        try {
            type = QuestionType.valueOf(f.type() == null ? "" : f.type());
        } catch (IllegalArgumentException e) {
            problems.put("type", List.of("choose a question type"));
        }
        Double difficulty = number(f.difficulty(), "difficulty", problems);
        Double tolerance = number(f.tolerance(), "tolerance", problems);
        if (!problems.isEmpty()) {
            throw new InvalidQuestion(problems);
        }
        return new QuestionEdit(type, f.prompt(), lines(f.options()), lines(f.answers()), f.explanation(), difficulty,
                tolerance);
    }

    private static Double number(String text, String field, Map<String, List<String>> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.put(field, List.of("enter a number such as 0.5"));
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    private static Map<String, String> joined(InvalidQuestion invalid) {
        Map<String, String> joined = new java.util.HashMap<>();
        invalid.fields().forEach((field, messages) -> joined.put(field, String.join("; ", messages)));
        return joined;
    }

    private static List<String> types() {
        return Arrays.stream(QuestionType.values()).map(Enum::name).toList();
    }
}
