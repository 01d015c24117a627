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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.security.SignIn;

/**
 * A teacher's own password, and the administrator's list of accounts with the forms that create one, disable or
 * enable one, and give one a temporary password.
 */
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
    @Inject
    SignIn signIn;
    @Inject
    RoutingContext http;

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
            return Response.ok(Templates.password("Your password is changed. Every other browser signed in to"
                    + " your account has been signed out.", "")).cookie(signIn.startSession(current.id(), null, http))
                    .build();
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

    @POST
    @Path("admin/teachers/{id}/disabled")
    @RolesAllowed(Teacher.Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setDisabled(@PathParam("id") long id, @FormParam("disabled") String disabled) {
        try {
            if (!"true".equals(disabled) && !"false".equals(disabled)) {
                throw Problem.badRequest("Say whether the account is to be disabled: true or false.");
            }
            Teacher teacher = accounts.setDisabled(id, current.id(), Boolean.parseBoolean(disabled));
            return listed(teacher.disabled ? "Disabled the account " + teacher.email + " and signed it out."
                    : "Enabled the account " + teacher.email + ".");
        } catch (Problem problem) {
            return refused(problem);
        }
    }

    @POST
    @Path("admin/teachers/{id}/password")
    @RolesAllowed(Teacher.Role.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTemporaryPassword(@PathParam("id") long id, @FormParam("password") String password) {
        try {
            Teacher teacher = accounts.setTemporaryPassword(id, password);
            return listed("Set a temporary password for " + teacher.email + ", who must choose a new one at the next"
                    + " sign-in.");
        } catch (Problem problem) {
            return refused(problem);
        }
    }

    private Response listed(String message) {
        return Response.ok(Templates.accounts(accounts.all(), message, "")).build();
    }

    private Response refused(Problem problem) {
        return Response.status(problem.status()).entity(Templates.accounts(accounts.all(), "", problem.getMessage()))
                .build();
    }
}
