package org.newsquiz.web.teacher;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the key that encrypts the sign-in cookie: NEWSQUIZ_SESSION_KEY, or a random key made once per process
 * (the security layer's own fallback would print its key in the log).
 */
public class SessionKeySource implements ConfigSource {
    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    private static final String RANDOM_KEY = randomKey();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, key());
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? key() : null;
    }

    @Override
    public String getName() {
        return "newsquiz-session-key";
    }

    /** Below application.properties and the environment, so an explicitly configured key always wins. */
    @Override
    public int getOrdinal() {
        return 50;
    }

    static boolean configured() {
        String configured = System.getenv("NEWSQUIZ_SESSION_KEY");
        return configured != null && !configured.isBlank();
    }

    private static String key() {
        return configured() ? System.getenv("NEWSQUIZ_SESSION_KEY") : RANDOM_KEY;
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
