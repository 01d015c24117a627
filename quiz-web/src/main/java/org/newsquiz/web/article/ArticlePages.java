package org.newsquiz.web.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.generation.BatchProgress;
import org.newsquiz.web.generation.BatchRunner;
import org.newsquiz.web.generation.BatchService;
import org.newsquiz.web.generation.GenerationBatch;
import org.newsquiz.web.teacher.Teacher;

/** The teacher's start page: the article library, adding articles, drafting questions for a batch of them. */
@Path("/teacher")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class ArticlePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance library(List<ArticleJson> articles, String problem);

        static native TemplateInstance batch(BatchProgress batch);
    }

    @Inject
    ArticleService articles;
    @Inject
    BatchService batches;
    @Inject
    BatchRunner runner;

    @GET
    public TemplateInstance library() {
        return Templates.library(listed(), "");
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response paste(@FormParam("title") String title, @FormParam("text") String text) {
        try {
            Article article = articles.add("pasted.txt", text, title);
            return Response.seeOther(URI.create("/teacher/articles/" + article.id + "/review")).build();
        } catch (Problem problem) {
            return refused(problem);
        }
    }

    @POST
    @Path("articles/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("title") String title, @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                throw Problem.badRequest("Choose a file to upload.");
            }
            byte[] bytes = read(file);
            Article article = articles.add(file.fileName(), ArticleUploads.decode(file.fileName(), bytes), title);
            return Response.seeOther(URI.create("/teacher/articles/" + article.id + "/review")).build();
        } catch (Problem problem) {
            return refused(problem);
        }
    }

    /** Queues the ticked articles for drafting in the background and shows the batch's progress page. */
    @POST
    @Path("articles/generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(@FormParam("article") List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.contains(null)) {
            return refused(Problem.badRequest("Tick at least one article to draft questions for."));
        }
        GenerationBatch batch;
        try {
            batch = batches.create(ids);
        } catch (Problem problem) {
            return refused(problem);
        }
        runner.start(batch.id);
        return Response.seeOther(URI.create("/teacher/batches/" + batch.id)).build();
    }

    /** A batch's progress; the page reloads itself every few seconds while articles are still being drafted. */
    @GET
    @Path("batches/{id}")
    public TemplateInstance batch(@PathParam("id") long id) {
        return Templates.batch(batches.progress(id));
    }

    private Response refused(Problem problem) {
        return Response.status(problem.status()).entity(Templates.library(listed(), problem.getMessage())).build();
    }

    private List<ArticleJson> listed() {
        return articles.visible().stream().map(ArticleJson::of).toList();
    }

    private static byte[] read(FileUpload file) {
        try {
            if (file.size() > ArticleUploads.MAX_BYTES) {
                throw Problem.badRequest("The file is larger than 200 KB; paste the article's text instead.");
            }
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
