package org.newsquiz.web.question;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import jakarta.ws.rs.QueryParam;
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
    /** Rows of option fields the form offers beyond the options a question has. */
    private static final int SPARE_ROWS = 2;
    private static final int MIN_ROWS = 4;

    /** A question on the review screen with the sentence its evidence comes from. */
    public record Reviewed(StoredQuestion question, SourceSentence sentence) {
    }

    /** How many of the article's questions are in each state, and which state the page shows ("" for all). */
    public record Counts(int draft, int approved, int rejected, String shown) {
        public int all() {
            return draft + approved + rejected;
        }
    }

    /** One option row of the form: its text and whether it is ticked as correct. */
    public record Row(int index, String text, boolean correct) {
    }

    /**
     * The question form's values as typed. Choice questions use the option rows with their ticks; matching, ordering,
     * fill-in and numeric questions use the rows for their items and the answers box, one answer per line.
     */
    public record Fields(String type, String prompt, List<Row> rows, String answers, String explanation,
            String difficulty, String tolerance) {
        static Fields of(StoredQuestion q) {
            Set<Integer> ticked = new TreeSet<>();
            for (int i = 0; i < q.options.size(); i++) {
                if (q.type.isChoice() && q.answers.contains(q.options.get(i))) {
                    ticked.add(i);
                }
            }
            return new Fields(q.type.name(), q.prompt, ReviewPages.rows(q.options, ticked),
                    q.type.isChoice() ? "" : String.join("\n", q.answers), q.explanation,
                    String.valueOf(q.difficulty), String.valueOf(q.tolerance));
        }
    }

    /** A question type as the form's menu offers it. */
    public record TypeChoice(String name, String words) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(Article article, List<Reviewed> questions, Counts counts,
                String message);

        static native TemplateInstance form(Article article, String action, Fields fields, Map<String, String> errors,
                List<TypeChoice> types);
    }

    @Inject
    ReviewService review;
    @Inject
    ArticleService articles;

    @GET
    @Path("articles/{id}/review")
    public TemplateInstance reviewPage(@PathParam("id") long articleId, @QueryParam("show") String show) {
        return page(articleId, show, "");
    }

    /** Approves every question the review page listed (its filter's), in one step. */
    @POST
    @Path("articles/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveAll(@PathParam("id") long articleId, @FormParam("question") List<Long> ids,
            @FormParam("show") String show) {
        review.approveAll(articleId, ids);
        return Response.seeOther(URI.create("/teacher/articles/" + articleId + "/review"
                + (filter(show).isEmpty() ? "" : "?show=" + filter(show)))).build();
    }

    @GET
    @Path("articles/{id}/questions/new")
    public TemplateInstance newQuestion(@PathParam("id") long articleId) {
        Article article = articles.readable(articleId);
        Fields blank = new Fields(QuestionType.MULTIPLE_CHOICE.name(), "", rows(List.of(), Set.of()), "", "", "0.5",
                "0");
        return Templates.form(article, "/teacher/articles/" + articleId + "/questions", blank, Map.of(), types());
    }

    @POST
    @Path("articles/{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long articleId, @FormParam("type") String type,
            @FormParam("prompt") String prompt, @FormParam("option") List<String> rows,
            @FormParam("correct") List<String> ticks, @FormParam("options") String options,
            @FormParam("answers") String answers, @FormParam("explanation") String explanation,
            @FormParam("difficulty") String difficulty, @FormParam("tolerance") String tolerance) {
        Typed typed = new Typed(type, prompt, rows, ticks, options, answers, explanation, difficulty, tolerance);
        Article article = articles.readable(articleId);
        try {
            StoredQuestion added = review.add(articleId, typed.edit());
            return backTo(added);
        } catch (InvalidQuestion invalid) {
            return Response.status(400).entity(Templates.form(article, "/teacher/articles/" + articleId + "/questions",
                    typed.fields(), joined(invalid), types())).build();
        }
    }

    @GET
    @Path("questions/{id}/edit")
    public TemplateInstance editPage(@PathParam("id") long id) {
        StoredQuestion question = review.owned(id);
        return Templates.form(articleOf(question), "/teacher/questions/" + id + "/edit",
                Fields.of(question), Map.of(), types());
    }

    @POST
    @Path("questions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @FormParam("type") String type,
            @FormParam("prompt") String prompt, @FormParam("option") List<String> rows,
            @FormParam("correct") List<String> ticks, @FormParam("options") String options,
            @FormParam("answers") String answers, @FormParam("explanation") String explanation,
            @FormParam("difficulty") String difficulty, @FormParam("tolerance") String tolerance) {
        Typed typed = new Typed(type, prompt, rows, ticks, options, answers, explanation, difficulty, tolerance);
        StoredQuestion question = review.owned(id);
        try {
            review.edit(id, typed.edit());
            return backTo(question);
        } catch (InvalidQuestion invalid) {
            return Response.status(400).entity(Templates.form(articleOf(question),
                    "/teacher/questions/" + id + "/edit", typed.fields(), joined(invalid), types())).build();
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
        review.move(id, direction);
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
            if (question.articleId == null) {
                throw problem;
            }
            return Response.status(problem.status()).entity(page(question.articleId, "", problem.getMessage()))
                    .build();
        }
    }

    private TemplateInstance page(long articleId, String show, String message) {
        Article article = articles.readable(articleId);
        List<StoredQuestion> all = review.forArticle(articleId);
        Map<QuestionStatus, Integer> counts = new HashMap<>();
        all.forEach(q -> counts.merge(q.status, 1, Integer::sum));
        String shown = filter(show);
        List<Reviewed> reviewed = all.stream().filter(q -> shown.isEmpty() || q.status.name().equals(shown))
                .map(q -> new Reviewed(q, SourceSentence.of(q))).toList();
        return Templates.review(article, reviewed, new Counts(counts.getOrDefault(QuestionStatus.DRAFT, 0),
                counts.getOrDefault(QuestionStatus.APPROVED, 0), counts.getOrDefault(QuestionStatus.REJECTED, 0),
                shown), message);
    }

    /** The review filter: a status name, or "" for every question. */
    private static String filter(String show) {
        return Arrays.stream(QuestionStatus.values()).map(Enum::name).filter(n -> n.equals(show)).findFirst()
                .orElse("");
    }

    private static Response backTo(StoredQuestion question) {
        if (question.articleId == null) {
            return Response.seeOther(URI.create("/teacher/sets")).build();
        }
        return Response.seeOther(URI.create("/teacher/articles/" + question.articleId + "/review#q" + question.id))
                .build();
    }

    /** A question kept in a set after its article was deleted has none. */
    private static Article articleOf(StoredQuestion question) {
        return question.articleId == null ? null : Article.findById(question.articleId);
    }

    /** The form as posted: the option rows with their ticks, or (from older clients) one option per line. */
    private record Typed(String type, String prompt, List<String> rows, List<String> ticks, String options,
            String answers, String explanation, String difficulty, String tolerance) {

        Set<Integer> ticked() {
            Set<Integer> ticked = new TreeSet<>();
            for (String tick : ticks == null ? List.<String>of() : ticks) {
                try {
                    ticked.add(Integer.parseInt(tick.strip()));
                } catch (NumberFormatException e) {
                    // a tick that names no row marks nothing
                }
            }
            return ticked;
        }

        boolean hasRows() {
            return rows != null && !rows.isEmpty();
        }

        Fields fields() {
            List<String> texts = hasRows() ? rows : lines(options);
            return new Fields(type, prompt, ReviewPages.rows(texts, ticked()), answers, explanation, difficulty,
                    tolerance);
        }

        QuestionEdit edit() {
            Map<String, List<String>> problems = new LinkedHashMap<>();
            QuestionType chosen = null;
            try {
                chosen = QuestionType.valueOf(type == null ? "" : type);
            } catch (IllegalArgumentException e) {
                problems.put("type", List.of("choose a question type"));
            }
            Double diff = number(difficulty, "difficulty", problems);
            Double tol = number(tolerance, "tolerance", problems);
            if (!problems.isEmpty()) {
                throw new InvalidQuestion(problems);
            }
            if (!hasRows()) {
                return new QuestionEdit(chosen, prompt, lines(options), lines(answers), explanation, diff, tol);
            }
            List<String> kept = new ArrayList<>();
            List<String> right = new ArrayList<>();
            Set<Integer> ticked = ticked();
            for (int i = 0; i < rows.size(); i++) {
                String text = rows.get(i) == null ? "" : rows.get(i).strip();
                if (!text.isEmpty()) {
                    kept.add(text);
                    if (ticked.contains(i)) {
                        right.add(text);
                    }
                }
            }
            if (chosen.isChoice() && right.isEmpty()) {
                throw new InvalidQuestion(Map.of("answers", List.of("tick the right option")));
            }
            return new QuestionEdit(chosen, prompt, kept, chosen.isChoice() ? right : lines(answers), explanation,
                    diff, tol);
        }
    }

    static List<Row> rows(List<String> texts, Set<Integer> ticked) {
        List<Row> rows = new ArrayList<>();
        int count = Math.max(MIN_ROWS, texts.size() + SPARE_ROWS);
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, i < texts.size() ? texts.get(i) : "", ticked.contains(i)));
        }
        return rows;
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
        Map<String, String> joined = new HashMap<>();
        invalid.fields().forEach((field, messages) -> joined.put(field, String.join("; ", messages)));
        return joined;
    }

    private static List<TypeChoice> types() {
        return Arrays.stream(QuestionType.values())
                .map(t -> new TypeChoice(t.name(), org.newsquiz.web.teacher.PlainWords.words(t))).toList();
    }
}
