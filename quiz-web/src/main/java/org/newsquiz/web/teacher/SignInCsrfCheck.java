package org.newsquiz.web.teacher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF check for the sign-in form. The form is posted to the security layer's j_security_check, which signs in
 * before any REST filter runs, so the REST CSRF filter never sees it. Once the password is verified this check
 * compares the form's token with the CSRF cookie, as the REST filter does; a mismatch fails the sign-in, which
 * sends the browser back to the login page with an error and without a session cookie.
 */
@ApplicationScoped
public class SignInCsrfCheck implements SecurityIdentityAugmentor {
    @ConfigProperty(name = "quarkus.http.auth.form.post-location")
    String postLocation;
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String cookieName;
    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name")
    String fieldName;
    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> signatureKey;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (request == null || !isSignInForm(request) || tokenMatches(request)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("sign-in form without a valid CSRF token"));
    }

    private boolean isSignInForm(RoutingContext request) {
        return request.request().method() == HttpMethod.POST && postLocation.equals(request.normalizedPath());
    }

    private boolean tokenMatches(RoutingContext request) {
        Cookie cookie = request.request().getCookie(cookieName);
        String token = request.request().formAttributes().get(fieldName);
        if (cookie == null || token == null || token.isEmpty()) {
            return false;
        }
        String expected = signatureKey.map(key -> CsrfTokenUtils.signCsrfToken(token, key)).orElse(token);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }
}
