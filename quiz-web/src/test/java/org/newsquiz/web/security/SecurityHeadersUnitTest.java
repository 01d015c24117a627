package org.newsquiz.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What NEWSQUIZ_PUBLIC_URL changes, on the classes that apply it. */
class SecurityHeadersUnitTest {

    @Test
    void anHttpsPublicUrlMakesCookiesSecureAndNamesItselfInRedirects() {
        PublicUrl https = new PublicUrl(Optional.of("https://Quiz.School.example/"));
        assertTrue(https.https());
        assertTrue(new SessionCookies(https).issue("s").isSecure());
        SecurityHeaders headers = new SecurityHeaders(https);
        assertEquals("https://quiz.school.example/login?error=1",
                headers.ownOrigin("http://evil.example/login?error=1", "evil.example"));
        assertEquals("https://elsewhere.example/x", headers.ownOrigin("https://elsewhere.example/x", "quiz.example"));
    }

    @Test
    void withoutOneCookiesAreNotSecureAndRedirectsAreOnlyAPath() {
        PublicUrl none = new PublicUrl(Optional.empty());
        assertFalse(none.https());
        assertFalse(new SessionCookies(none).issue("s").isSecure());
        assertFalse(new SessionCookies(new PublicUrl(Optional.of("http://quiz.local:8080"))).issue("s").isSecure());
        assertEquals("/teacher", new SecurityHeaders(none).ownOrigin("http://evil.example:81/teacher",
                "evil.example:81"));
    }
}
