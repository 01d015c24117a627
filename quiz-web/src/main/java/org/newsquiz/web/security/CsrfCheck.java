package org.newsquiz.web.security;

import java.util.Set;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.newsquiz.web.error.ProblemMappers;

/**
 * Every state-changing request must carry the CSRF token of its session (or, before sign-in, of its pre-session
 * cookie), whatever its body: form field, multipart part or X-CSRF-Token header. Exempt are API clients that
 * authenticate with HTTP Basic and send no session cookie (a browser cannot forge that header cross-site), and
 * the students' attempt API, which is JSON only and authorised by each attempt's own token.
 */
@Singleton
public class CsrfCheck {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    SecurityIdentity identity;
    @Inject
    SessionKey key;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext http) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || path.equals("/api/attempts") || path.startsWith("/api/attempts/")
                || basicWithoutSession(http)) {
            return null;
        }
        String sent = request.getHeaderString(CsrfTokens.HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfTokens.FIELD, true, false);
            sent = field instanceof String value ? value : null;
        }
        if (Secrets.same(expected(http), sent)) {
            return null;
        }
        return ProblemMappers.response(400, "This form was not sent from a NewsQuiz page open in this browser, or it"
                + " was open too long. Reload the page and try again.", request).build();
    }

    private String expected(RoutingContext http) {
        return Identities.session(identity).map(SessionStore.Session::csrfToken).orElseGet(() -> {
            Cookie cookie = http.request().getCookie(CsrfTokens.COOKIE);
            return cookie != null && CsrfTokens.isWellFormed(cookie.getValue())
                    ? CsrfTokens.anonymousToken(key.key(), cookie.getValue()) : null;
        });
    }

    private boolean basicWithoutSession(RoutingContext http) {
        return BasicAuthThrottle.basicUser(http.request().getHeader("Authorization")) != null
                && http.request().getCookie(SessionMechanism.COOKIE) == null;
    }
}
