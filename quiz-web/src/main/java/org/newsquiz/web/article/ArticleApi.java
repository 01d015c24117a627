package org.newsquiz.web.article;

import java.net.URI;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.generation.BatchProgress;
import org.newsquiz.web.generation.BatchRunner;
import org.newsquiz.web.generation.BatchService;
import org.newsquiz.web.generation.GenerationBatch;
import org.newsquiz.web.question.DraftService;
import org.newsquiz.web.question.QuestionApi;
import org.newsquiz.web.question.QuestionEdit;
import org.newsquiz.web.question.QuestionJson;
import org.newsquiz.web.question.ReviewService;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.teacher.Teacher;

/** The article library for API clients (HTTP Basic), with each article's questions. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Tag(name = "Articles")
public class ArticleApi {

    /** A new article: its text as pasted, an optional title, and the file name whose type decides the reader. */
    public record NewArticle(String title, String text, String fileName) {
    }

    /** The articles to draft questions for, in order. */
    public record BatchRequest(List<Long> articleIds) {
    }

    @Inject
    ArticleService articles;
    @Inject
    DraftService drafts;
    @Inject
    ReviewService review;
    @Inject
    BatchService batches;
    @Inject
    BatchRunner runner;

    @GET
    @Operation(summary = "The shared library's articles and the teacher's own")
    public List<ArticleJson> list() {
        return articles.visible().stream().map(ArticleJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an article from its text (.txt, .md or .html content)")
    public Response add(NewArticle input) {
        if (input == null) {
            throw Problem.badRequest("Send the article as JSON: {\"title\", \"text\", \"fileName\"}.");
        }
        String fileName = input.fileName() == null ? "article.txt" : input.fileName();
        ArticleUploads.checkExtension(fileName);
        Article article = articles.add(fileName, input.text(), input.title());
        return Response.created(URI.create("/api/articles/" + article.id)).entity(ArticleJson.of(article)).build();
    }

    @POST
    @Path("{id}/generate")
    @Operation(summary = "Draft questions for the article; returns the drafts added")
    public List<QuestionJson> generate(@PathParam("id") long id) {
        return drafts.generate(id).stream().map(QuestionJson::of).toList();
    }

    @POST
    @Path("generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft questions for several articles in the background",
            description = "Answers 202 with the batch's progress; its Location is where to follow it. At most "
                    + BatchService.MAX_ARTICLES + " articles, each shared or the teacher's own.")
    @APIResponse(responseCode = "202", description = "The batch is queued")
    public Response generateBatch(BatchRequest request) {
        if (request == null) {
            throw Problem.badRequest("Send the articles as JSON: {\"articleIds\": [1, 2]}.");
        }
        GenerationBatch batch = batches.create(request.articleIds());
        runner.start(batch.id);
        return Response.accepted(batches.progress(batch.id)).location(URI.create("/api/articles/batches/" + batch.id))
                .build();
    }

    @GET
    @Path("batches/{id}")
    @Operation(summary = "A drafting batch's progress: each article's status, drafts added or failure reason")
    public BatchProgress batch(@PathParam("id") long id) {
        return batches.progress(id);
    }

    @GET
    @Path("{id}/questions")
    @Operation(summary = "The teacher's questions for an article, in review order")
    public List<QuestionJson> forArticle(@PathParam("id") long articleId) {
        return review.forArticle(articleId).stream().map(QuestionJson::of).toList();
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a question written by hand (approved)")
    public Response addQuestion(@PathParam("id") long articleId, QuestionEdit edit) {
        StoredQuestion added = review.add(articleId, QuestionApi.required(edit));
        return Response.created(URI.create("/api/questions/" + added.id)).entity(QuestionJson.of(added)).build();
    }
}
