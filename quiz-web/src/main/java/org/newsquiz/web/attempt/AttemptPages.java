package org.newsquiz.web.attempt;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.newsquiz.web.error.Problem;

/**
 * Taking a quiz with plain HTML forms: every question on one page or one per page, each page change saves what
 * was shown; then the score and, as the feedback mode allows, the review.
 */
@Path("/attempts/{id}")
@Produces(MediaType.TEXT_HTML)
public class AttemptPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance take(Attempt attempt, List<QuestionView> questions, List<QuestionNav> nav,
                                            int answered, int total, int page, QuestionNav firstUnanswered,
                                            Map<Long, String> refused);

        static native TemplateInstance finish(Attempt attempt, List<QuestionNav> unanswered, int answered, int total);

        static native TemplateInstance result(Attempt attempt, boolean reviewVisible, List<QuestionReview> review);
    }

    @Inject
    AttemptService attempts;
    @Inject
    AnswerStore answers;

    @Context
    HttpHeaders headers;

    static URI location(UUID attemptId) {
        return URI.create("/attempts/" + attemptId);
    }

    @GET
    public Response take(@PathParam("id") UUID id, @QueryParam("page") Integer page) {
        Attempt attempt = own(id);
        if (!attempt.inProgress()) {
            return Response.seeOther(URI.create(location(id) + "/result")).build();
        }
        return Response.ok(page(attempt, page, Map.of(), Map.of())).build();
    }

    /**
     * The questions of {@code page} (by default the first unanswered one); {@code refused} answers are shown as
     * {@code typed}, beside the reason they were not saved.
     */
    private TemplateInstance page(Attempt attempt, Integer page, Map<Long, String> refused,
                                  Map<Long, List<String>> typed) {
        List<QuestionView> views = attempts.views(attempt.id);
        boolean onePerPage = attempt.quiz.onePerPage;
        QuestionNav resumeAt = QuestionNav.firstUnanswered(QuestionNav.of(attempt.id, views, onePerPage, 0));
        int shown = clamp(page != null ? page : resumeAt != null ? resumeAt.number() : views.size(), views.size());
        List<QuestionNav> nav = QuestionNav.of(attempt.id, views, onePerPage, shown);
        List<QuestionView> onPage = (onePerPage ? views.subList(shown - 1, shown) : views).stream()
                .map(v -> typed.containsKey(v.id()) ? v.showing(typed.get(v.id())) : v).toList();
        return Templates.take(attempt, onPage, nav, answered(nav), views.size(), shown, resumeAt, refused);
    }

    /** The step before handing in: what is still unanswered, each with a way back to it. */
    @GET
    @Path("finish")
    public Response finish(@PathParam("id") UUID id) {
        Attempt attempt = own(id);
        if (!attempt.inProgress()) {
            return Response.seeOther(URI.create(location(id) + "/result")).build();
        }
        List<QuestionNav> nav = QuestionNav.of(id, attempts.views(id), attempt.quiz.onePerPage, 0);
        List<QuestionNav> unanswered = nav.stream().filter(q -> !q.answered()).toList();
        return Response.ok(Templates.finish(attempt, unanswered, answered(nav), nav.size())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveOrSubmit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Attempt attempt = own(id);
        String token = AttemptCookies.token(headers, id).orElseThrow();
        URI result = URI.create(location(id) + "/result");
        if (!attempt.inProgress()) {
            return Response.seeOther(result).build();
        }
        List<String> shownIds = form.getOrDefault("shown", List.of());
        Map<Long, String> refused = new LinkedHashMap<>();
        Map<Long, List<String>> typed = new HashMap<>();
        for (QuestionView view : attempts.views(id)) {
            List<String> response = responseFromForm(form, view.id());
            boolean changed = shownIds.contains(String.valueOf(view.id())) && !response.equals(view.response());
            try {
                if (changed && view.feedback() == null && !answers.save(id, token, view.id(), response)) {
                    return Response.seeOther(result).build();
                }
            } catch (Problem problem) {
                if (problem.status() != 400) {
                    throw problem;
                }
                refused.put(view.id(), problem.getMessage());
                typed.put(view.id(), response);
            }
        }
        if (!refused.isEmpty()) {
            return Response.status(400).entity(page(attempt, parsePage(form.getFirst("page")), refused, typed)).build();
        }
        String action = form.getFirst("action");
        if ("submit".equals(action)) {
            attempts.submit(id);
            return Response.seeOther(result).build();
        }
        if ("finish".equals(action)) {
            return Response.seeOther(URI.create(location(id) + "/finish")).build();
        }
        Integer jump = parsePage(form.getFirst("go"));
        int page = jump != null ? jump : clamp(parsePage(form.getFirst("page")), attempt.questionOrder.size());
        page += jump != null ? 0 : "next".equals(action) ? 1 : "prev".equals(action) ? -1 : 0;
        page = clamp(page, attempt.questionOrder.size());
        String next = attempt.quiz.onePerPage ? "?page=" + page : "";
        return Response.seeOther(URI.create(location(id) + next)).build();
    }

    @GET
    @Path("result")
    public Response result(@PathParam("id") UUID id) {
        Attempt attempt = own(id);
        if (attempt.inProgress()) {
            return Response.seeOther(location(id)).build();
        }
        return Response.ok(Templates.result(attempt, AttemptService.reviewVisible(attempt), attempts.review(id)))
                .build();
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

    private static int answered(List<QuestionNav> nav) {
        return (int) nav.stream().filter(QuestionNav::answered).count();
    }

    private static Integer parsePage(String page) {
        return page != null && page.matches("\\d{1,4}") ? Integer.valueOf(page) : null;
    }

    private static int clamp(Integer page, int pages) {
        return page == null ? 1 : Math.max(1, Math.min(page, Math.max(1, pages)));
    }

    private Attempt own(UUID id) {
        return attempts.authorize(id, AttemptCookies.token(headers, id).orElse(null));
    }
}
