package org.newsquiz.web.exchange;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquiz.web.teacher.Teacher;

/** Question sets out to and in from GIFT, Moodle XML, QTI 2.1, Aiken and NewsQuiz JSON files. */
@Path("/api/question-sets")
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
@Tag(name = "Exchange")
public class ExchangeApi {
    static final String SKIPPED_HEADER = "X-NewsQuiz-Skipped";

    @Inject
    ExchangeService exchange;

    @GET
    @Path("{id}/export")
    @Operation(summary = "Download a question set as a file",
            description = "Media types: gift and aiken text/plain, moodle application/xml, qti application/zip "
                    + "(an IMS content package), json application/json. Questions the format cannot express are "
                    + "left out and counted in the " + SKIPPED_HEADER + " header.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            headers = @Header(name = SKIPPED_HEADER, description = "How many questions the format could not carry",
                    schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "400", description = "Unknown format; the message lists the formats")
    @APIResponse(responseCode = "403", description = "The set belongs to another teacher")
    @APIResponse(responseCode = "404", description = "No such set")
    public Response export(@PathParam("id") long id,
            @Parameter(description = "gift, moodle, qti, aiken or json",
                    schema = @Schema(enumeration = {"gift", "moodle", "qti", "aiken", "json"}))
            @QueryParam("format") String format) {
        ExchangeService.Exported exported = exchange.export(id, format);
        return Response.ok(exported.data(), exported.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
                .header(SKIPPED_HEADER, exported.skipped().size())
                .build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a file into your bank as a new question set",
            description = "The body is the file's bytes (application/octet-stream, at most 5 MB). Questions are "
                    + "stored as APPROVED in your bank together with a new set named by `title`, else by `filename`, "
                    + "else after the format. All or nothing: when any item of the file is not a valid question, "
                    + "nothing is stored and the answer lists each problem with its position in the file.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Imported; the report names the new set and counts the questions")
    @APIResponse(responseCode = "400", description = "Unknown format, or a file that is empty, truncated, "
            + "not in that format or refused as unsafe (such as XML with a DOCTYPE)")
    @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
    @APIResponse(responseCode = "415", description = "The body was not sent as application/octet-stream")
    @APIResponse(responseCode = "422", description = "Items of the file are not valid questions; nothing stored",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public Response importFile(
            @Parameter(description = "gift, moodle, qti, aiken or json",
                    schema = @Schema(enumeration = {"gift", "moodle", "qti", "aiken", "json"}))
            @QueryParam("format") String format,
            @Parameter(description = "Name of the new set") @QueryParam("title") String title,
            @Parameter(description = "The file's name, used for the set when no title is given")
            @QueryParam("filename") String fileName,
            byte[] file) {
        ImportReport report = exchange.importFile(format, title, fileName, file);
        Response.ResponseBuilder response = Response.status(report.status()).entity(report);
        if (report.succeeded()) {
            response.location(URI.create("/api/question-sets/" + report.questionSetId()));
        }
        return response.build();
    }
}
