package org.newsquiz.web.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.newsquiz.core.exchange.InputLimits;
import org.newsquiz.core.exchange.QuestionFormats;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.questionset.QuestionSet;
import org.newsquiz.web.teacher.Teacher;

/** Pages to download a set in each format and to upload a file into the bank. */
@Path("/teacher")
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ExchangePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exchange(List<QuestionSet> sets, List<String> formats);

        static native TemplateInstance set(ExchangeService.SetOverview set);

        static native TemplateInstance report(ImportReport report, String problem, List<String> formats, String title,
                                              String format);
    }

    @Inject
    ExchangeService exchange;

    @GET
    @Path("exchange")
    public TemplateInstance exchange() {
        return Templates.exchange(exchange.exportableSets(), QuestionFormats.readableNames());
    }

    @GET
    @Path("exchange/sets/{id}")
    public TemplateInstance set(@PathParam("id") long id) {
        return Templates.set(exchange.overview(id));
    }

    @GET
    @Path("exchange/sets/{id}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        ExchangeService.Exported exported = exchange.export(id, format);
        return Response.ok(exported.data(), exported.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
                .header(ExchangeApi.SKIPPED_HEADER, exported.skipped().size())
                .build();
    }

    @POST
    @Path("exchange/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importUpload(@RestForm("format") String format, @RestForm("title") String title,
            @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.size() == 0) {
                throw Problem.badRequest("Choose a file to import.");
            }
            if (file.size() > InputLimits.MAX_FILE_BYTES) {
                throw new Problem(413, "The file is larger than 5 MB; nothing was imported.");
            }
            ImportReport report = exchange.importFile(format, title, file.fileName(), read(file));
            return Response.status(report.status()).entity(report(report, "", title, format)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(report(null, problem.getMessage(), title, format)).build();
        }
    }

    /** The report, with the import form again, as filled in, when nothing was imported. */
    private static TemplateInstance report(ImportReport report, String problem, String title, String format) {
        return Templates.report(report, problem, QuestionFormats.readableNames(), title == null ? "" : title,
                format == null ? "" : format);
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
