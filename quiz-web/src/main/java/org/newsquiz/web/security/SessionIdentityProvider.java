package org.newsquiz.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds the account of a session cookie in the session table. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {
    private final SessionStore sessions;

    public SessionIdentityProvider(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.find(request.secret())
                .map(session -> Identities.of(session.account(), session))
                .orElseThrow(() -> new AuthenticationFailedException("no such session")));
    }
}
