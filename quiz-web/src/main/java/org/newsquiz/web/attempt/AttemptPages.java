package org.newsquiz.web.attempt;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

/**
 * Taking a quiz with plain HTML forms: every question on one page or one per page, each page change saves what
 * was shown; then the score and, as the feedback mode allows, the review.
 */
@Path("/attempts/{id}")
@Produces(MediaType.TEXT_HTML)
public class AttemptPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance take(Attempt attempt, List<QuestionView> questions, int answered, int total,
                                            int page, boolean saved);

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
    public Response take(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                         @QueryParam("saved") boolean saved) {
        Attempt attempt = own(id);
        if (!attempt.inProgress()) {
            return Response.seeOther(URI.create(location(id) + "/result")).build();
        }
        List<QuestionView> views = attempts.views(id);
        int answered = (int) views.stream().filter(q -> !q.response().isEmpty()).count();
        int shown = clamp(page, views.size());
        List<QuestionView> onPage = attempt.quiz.onePerPage ? views.subList(shown - 1, shown) : views;
        return Response.ok(Templates.take(attempt, onPage, answered, views.size(), shown, saved)).build();
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
        for (QuestionView view : attempts.views(id)) {
            List<String> response = responseFromForm(form, view.id());
            boolean changed = shownIds.contains(String.valueOf(view.id())) && !response.equals(view.response());
            if (changed && view.feedback() == null && !answers.save(id, token, view.id(), response)) {
                return Response.seeOther(result).build();
            }
        }
        String action = form.getFirst("action");
        if ("submit".equals(action)) {
            attempts.submit(id);
            return Response.seeOther(result).build();
        }
        int page = clamp(parsePage(form.getFirst("page")), attempt.questionOrder.size());
        page += "next".equals(action) ? 1 : "prev".equals(action) ? -1 : 0;
        page = clamp(page, attempt.questionOrder.size());
        String next = attempt.quiz.onePerPage ? "?page=" + page + "&saved=true" : "?saved=true";
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
