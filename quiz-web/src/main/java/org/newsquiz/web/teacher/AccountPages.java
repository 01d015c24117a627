package org.newsquiz.web.teacher;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsquiz.web.error.Problem;

/** A teacher's own password, and the administrator's list of accounts with the form that creates one. */
@Path("/teacher")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Teacher.Role.TEACHER, Teacher.Role.ADMIN})
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String message, String problem);

        static native TemplateInstance accounts(List<Teacher> teachers, String message, String problem);
    }

    @Inject
    AccountService accounts;
    @Inject
    CurrentTeacher current;

    @GET
    @Path("password")
    public TemplateInstance passwordForm() {
        return Templates.password("", "");
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@FormParam("current") String currentPassword,
            @FormParam("password") String password, @FormParam("repeat") String repeat) {
        try {
            if (password == null || !password.equals(repeat)) {
                throw Problem.badRequest("The new password and its repetition differ.");
            }
            accounts.changePassword(current.id(), currentPassword, password);
            return Response.ok(Templates.password("Your password is changed.", "")).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(Templates.password("", problem.getMessage())).build();
        }
    }

    @GET
    @Path("admin/teachers")
    @RolesAllowed(Teacher.Role.ADMIN)
    public TemplateInstance list() {
        return Templates.accounts(accounts.all(), "", "");
    }

    @POST
    @Path("admin/teachers")
    @RolesAllowed(Teacher.Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("email") String email, @FormParam("name") String name,
            @FormParam("password") String password, @FormParam("role") String role) {
        try {
            Teacher created = accounts.create(email, name, password, role == null ? Teacher.Role.TEACHER : role);
            return Response.ok(Templates.accounts(accounts.all(), "Created the account " + created.email + ".", ""))
                    .build();
        } catch (Problem problem) {
            return Response.status(problem.status())
                    .entity(Templates.accounts(accounts.all(), "", problem.getMessage())).build();
        }
    }
}
