package org.newsquiz.web.teacher;

import java.net.URI;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsquiz.web.security.Identities;
import org.newsquiz.web.security.SignIn;

/** The sign-in form, its post (throttled; see SignIn) and signing out, which ends every session of the account. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, long retryAfter);
    }

    @Inject
    SignIn signIn;
    @Inject
    SecurityIdentity identity;
    @Inject
    RoutingContext http;

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") String error) {
        return Templates.login(error != null, 0);
    }

    @POST
    @Path("j_security_check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("j_username") String email, @FormParam("j_password") String password) {
        SignIn.Outcome outcome = signIn.attempt(email, password, http);
        if (outcome.retryAfterSeconds() > 0) {
            return Response.status(429).header("Retry-After", outcome.retryAfterSeconds())
                    .entity(Templates.login(false, outcome.retryAfterSeconds())).build();
        }
        if (!outcome.signedIn()) {
            return Response.status(302).location(URI.create("/login?error=1")).build();
        }
        String landing = outcome.account().mustChangePassword() ? "/teacher/password" : "/teacher";
        return Response.status(302).location(URI.create(landing)).cookie(outcome.cookie()).build();
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/login")).cookie(signIn.signOutEverywhere(Identities.account(identity)))
                .build();
    }
}
