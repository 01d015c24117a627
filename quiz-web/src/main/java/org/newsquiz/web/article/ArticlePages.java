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
import jakarta.ws.rs.QueryParam;
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
        static native TemplateInstance library(List<ArticleService.Section> sections, Pasted pasted, String problem);

        static native TemplateInstance article(Article article, int words, long drafts, boolean duplicate,
                String problem);

        static native TemplateInstance delete(Article article, long drafts);

        static native TemplateInstance batch(BatchProgress batch);
    }

    /** What the teacher typed into the paste form, shown again when it is refused. */
    public record Pasted(String title, String text) {
        static final Pasted EMPTY = new Pasted("", "");
    }

    @Inject
    ArticleService articles;
    @Inject
    BatchService batches;
    @Inject
    BatchRunner runner;

    @GET
    public TemplateInstance library() {
        return Templates.library(articles.sections(), Pasted.EMPTY, "");
    }

    /** An article's own page: what it is, "Draft questions", its drafts, and deleting it. */
    @GET
    @Path("articles/{id}")
    public TemplateInstance article(@PathParam("id") long id, @QueryParam("duplicate") boolean duplicate) {
        Article article = articles.readable(id);
        return Templates.article(article, ArticleJson.of(article).words(), drafts(id), duplicate, "");
    }

    @GET
    @Path("articles/{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        return Templates.delete(articles.owned(id), drafts(id));
    }

    @POST
    @Path("articles/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        articles.delete(id);
        return Response.seeOther(URI.create("/teacher")).build();
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response paste(@FormParam("title") String title, @FormParam("text") String text) {
        Pasted pasted = new Pasted(title, text);
        try {
            return added(articles.add("pasted.txt", checkedNew("pasted.txt", text), title));
        } catch (Problem problem) {
            return refused(problem, pasted);
        } catch (Duplicate duplicate) {
            return duplicate.response();
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
            String text = ArticleUploads.decode(file.fileName(), bytes);
            return added(articles.add(file.fileName(), checkedNew(file.fileName(), text), title));
        } catch (Problem problem) {
            return refused(problem, Pasted.EMPTY);
        } catch (Duplicate duplicate) {
            return duplicate.response();
        }
    }

    /** Queues the ticked articles for drafting in the background and shows the batch's progress page. */
    @POST
    @Path("articles/generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(@FormParam("article") List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.contains(null)) {
            return refused(Problem.badRequest("Tick at least one article to draft questions for."), Pasted.EMPTY);
        }
        GenerationBatch batch;
        try {
            batch = batches.create(ids);
        } catch (Problem problem) {
            return refused(problem, Pasted.EMPTY);
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

    private Response refused(Problem problem, Pasted pasted) {
        return Response.status(problem.status())
                .entity(Templates.library(articles.sections(), pasted, problem.getMessage())).build();
    }

    private static Response added(Article article) {
        return Response.seeOther(URI.create("/teacher/articles/" + article.id)).build();
    }

    /** The text, unless the teacher has it already (their own or shared): then their existing article is shown. */
    private String checkedNew(String fileName, String text) {
        ArticleUploads.checkText(text);
        var same = articles.sameText(fileName, text);
        if (same.isPresent()) {
            throw new Duplicate(same.get().id);
        }
        return text;
    }

    /** The same text is in the library already: no second copy is stored. */
    private static final class Duplicate extends RuntimeException {
        private final long existing;

        Duplicate(long existing) {
            super(null, null, false, false);
            this.existing = existing;
        }

        Response response() {
            return Response.seeOther(URI.create("/teacher/articles/" + existing + "?duplicate=true")).build();
        }
    }

    private long drafts(long articleId) {
        return articles.drafts(articleId);
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
