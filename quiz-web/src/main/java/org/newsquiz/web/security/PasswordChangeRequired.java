package org.newsquiz.web.security;

import java.net.URI;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsquiz.web.error.ProblemMappers;

/**
 * An account with a temporary password reaches nothing but the password form (and signing out) until it has
 * chosen a new password: pages redirect there, the API answers 403.
 */
@Singleton
public class PasswordChangeRequired {
    static final String PASSWORD_PAGE = "/teacher/password";

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response redirect(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean mustChange = Identities.account(identity).map(Account::mustChangePassword).orElse(false);
        if (!mustChange || path.equals(PASSWORD_PAGE) || path.equals("/logout") || !(path.startsWith("/teacher")
                || path.startsWith("/api/"))) {
            return null;
        }
        if (path.startsWith("/api/")) {
            return ProblemMappers.response(403, "This account has a temporary password: choose a new one on the"
                    + " password page first.", request).build();
        }
        return Response.seeOther(URI.create(PASSWORD_PAGE)).build();
    }
}
