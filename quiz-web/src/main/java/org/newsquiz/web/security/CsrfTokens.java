package org.newsquiz.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The CSRF token that forms carry ({@code {#csrf/}} renders it as a hidden field; scripts send it as the
 * X-CSRF-Token header). A signed-in teacher's token is a random value stored with the session, so it is valid
 * with that session only. Before sign-in the browser gets a random {@code newsquiz-csrf} cookie and the token is
 * its HMAC under the deployment's key: a token works only beside the cookie it was made for.
 */
@Named("csrf")
@RequestScoped
public class CsrfTokens {
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    public static final String COOKIE = "newsquiz-csrf";
    /** The token of a session started during this request (sign-in, new password), for the page it answers. */
    static final String STARTED_SESSION_TOKEN = "newsquiz.csrf.started";
    private static final String NEW_COOKIE = "newsquiz.csrf.cookie";

    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentVertxRequest request;
    @Inject
    PublicUrl publicUrl;
    @Inject
    SessionKey key;

    public String getParameterName() {
        return FIELD;
    }

    public String getToken() {
        RoutingContext context = request.getCurrent();
        String started = context.get(STARTED_SESSION_TOKEN);
        if (started != null) {
            return started;
        }
        return Identities.session(identity).map(SessionStore.Session::csrfToken)
                .orElseGet(() -> anonymousToken(key.key(), anonymousCookie(context)));
    }

    /** The browser's pre-sign-in cookie, issued with this response when it has none. */
    private String anonymousCookie(RoutingContext context) {
        Cookie held = context.request().getCookie(COOKIE);
        if (held != null && isWellFormed(held.getValue())) {
            return held.getValue();
        }
        String issued = context.get(NEW_COOKIE);
        if (issued == null) {
            issued = Secrets.random();
            context.put(NEW_COOKIE, issued);
            context.response().addCookie(Cookie.cookie(COOKIE, issued).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(publicUrl.https()));
        }
        return issued;
    }

    static boolean isWellFormed(String cookie) {
        return cookie != null && cookie.matches("[A-Za-z0-9_-]{43}");
    }

    static String anonymousToken(String key, String cookie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal(("newsquiz-csrf:" + cookie).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
