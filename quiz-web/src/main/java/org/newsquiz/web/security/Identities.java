package org.newsquiz.web.security;

import java.util.Optional;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a teacher, with the session it came from (none for HTTP Basic). */
public final class Identities {
    static final String SESSION = "newsquiz.session";
    static final String ACCOUNT = "newsquiz.account";

    private Identities() {
    }

    static SecurityIdentity of(Account account, SessionStore.Session session) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.email())).addRole(account.role())
                .addAttribute(ACCOUNT, account);
        if (session != null) {
            builder.addAttribute(SESSION, session);
        }
        return builder.build();
    }

    public static Optional<SessionStore.Session> session(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(SESSION));
    }

    public static Optional<Account> account(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(ACCOUNT));
    }
}
