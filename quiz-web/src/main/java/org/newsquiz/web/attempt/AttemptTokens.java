package org.newsquiz.web.attempt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.newsquiz.web.security.Secrets;

/** The secret that ties an attempt to a browser or client; only its hash is stored. */
final class AttemptTokens {
    private AttemptTokens() {
    }

    static String newToken() {
        return Secrets.random();
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(Secrets.sha256(token));
    }

    static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
