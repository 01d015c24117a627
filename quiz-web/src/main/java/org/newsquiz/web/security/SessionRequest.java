package org.newsquiz.web.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret of a session cookie, to be looked up. */
final class SessionRequest extends BaseAuthenticationRequest {
    private final String secret;

    SessionRequest(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
