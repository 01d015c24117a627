package org.newsquiz.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where browsers reach this deployment (NEWSQUIZ_PUBLIC_URL). An https address means TLS ends in a proxy in
 * front: cookies are marked Secure, HSTS is sent, and redirects name this origin instead of the Host header.
 */
@ApplicationScoped
public class PublicUrl {
    private final Optional<String> origin;

    public PublicUrl(@ConfigProperty(name = "newsquiz.public-url") Optional<String> configured) {
        this.origin = configured.filter(url -> !url.isBlank()).map(PublicUrl::originOf);
    }

    public boolean https() {
        return origin.map(o -> o.startsWith("https://")).orElse(false);
    }

    /** Scheme, host and port, without a trailing slash; empty when not configured. */
    public Optional<String> origin() {
        return origin;
    }

    private static String originOf(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("NEWSQUIZ_PUBLIC_URL must be an absolute http(s) address: " + url);
        }
        return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
    }
}
