package org.newsquiz.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Strict, Secure behind HTTPS, gone when the browser closes. */
@ApplicationScoped
public class SessionCookies {
    private final PublicUrl publicUrl;

    public SessionCookies(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    public NewCookie issue(String secret) {
        return builder().value(secret).build();
    }

    public NewCookie expired() {
        return builder().value("").maxAge(0).build();
    }

    private NewCookie.Builder builder() {
        return new NewCookie.Builder(SessionMechanism.COOKIE).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure(publicUrl.https());
    }
}
