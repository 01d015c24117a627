package org.newsquiz.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * HTTP Basic credentials of API clients, checked like the sign-in form's: each failure counts towards the
 * throttle of the account and of the address ({@link BasicAuthThrottle} refuses paused ones beforehand).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final PasswordCheck passwords;
    private final SignInThrottle throttle;

    public PasswordIdentityProvider(PasswordCheck passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = ClientAddress.of(http == null ? null : http.request());
        String email = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> {
            Account account = passwords.verify(email, password).orElse(null);
            if (account == null) {
                throttle.recordFailure(email, address);
                throw new AuthenticationFailedException("wrong email or password");
            }
            throttle.recordSuccess(email);
            return Identities.of(account, null);
        });
    }
}
