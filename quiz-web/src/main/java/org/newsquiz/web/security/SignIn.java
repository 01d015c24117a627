package org.newsquiz.web.security;

import java.util.Optional;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** Signing in with the form and out again: the throttle, the password check and the session table together. */
@ApplicationScoped
public class SignIn {
    private final PasswordCheck passwords;
    private final SignInThrottle throttle;
    private final SessionStore sessions;
    private final SessionCookies cookies;

    public SignIn(PasswordCheck passwords, SignInThrottle throttle, SessionStore sessions, SessionCookies cookies) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    /** What came of an attempt: paused (retry after seconds), failed, or a session (cookie, account). */
    public record Outcome(long retryAfterSeconds, NewCookie cookie, Account account) {
        public boolean signedIn() {
            return cookie != null;
        }
    }

    public Outcome attempt(String email, String password, RoutingContext http) {
        String address = ClientAddress.of(http.request());
        long wait = throttle.retryAfterSeconds(email, address);
        if (wait > 0) {
            return new Outcome(wait, null, null);
        }
        Optional<Account> account = passwords.verify(email, password);
        if (account.isEmpty()) {
            throttle.recordFailure(email, address);
            return new Outcome(0, null, null);
        }
        String notice = throttle.recordSuccess(email).orElse(null);
        return new Outcome(0, startSession(account.get().id(), notice, http), account.get());
    }

    /**
     * A new session for this browser (after sign-in or a new password); the page this request answers gets the
     * new session's CSRF token.
     */
    public NewCookie startSession(long teacherId, String notice, RoutingContext http) {
        String secret = sessions.start(teacherId, notice);
        sessions.find(secret).ifPresent(s -> http.put(CsrfTokens.STARTED_SESSION_TOKEN, s.csrfToken()));
        return cookies.issue(secret);
    }

    /** Ends every session of the account, in every browser and on every replica. */
    public NewCookie signOutEverywhere(Optional<Account> account) {
        account.ifPresent(a -> sessions.endAll(a.id()));
        return cookies.expired();
    }
}
