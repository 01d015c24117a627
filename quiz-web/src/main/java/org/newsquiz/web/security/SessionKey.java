package org.newsquiz.web.security;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs the CSRF tokens of sign-in forms, before a session exists: NEWSQUIZ_SESSION_KEY, or a random
 * key made once per process.
 */
@ApplicationScoped
public class SessionKey {
    private final boolean configured;
    private final String key;

    public SessionKey(@ConfigProperty(name = "newsquiz.session.key") Optional<String> configured) {
        this.configured = configured.filter(k -> !k.isBlank()).isPresent();
        this.key = this.configured ? configured.get() : Secrets.random();
    }

    public boolean configured() {
        return configured;
    }

    String key() {
        return key;
    }
}
