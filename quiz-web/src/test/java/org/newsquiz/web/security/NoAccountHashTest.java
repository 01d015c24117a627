package org.newsquiz.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/** The written-out hash for unknown accounts must cost what a stored hash costs, or timing tells them apart. */
class NoAccountHashTest {
    @Test
    void sameAlgorithmAndCostAsStoredHashes() {
        String stored = BcryptUtil.bcryptHash("a teacher's password");
        assertEquals(stored.substring(0, 7), PasswordCheck.NO_ACCOUNT.substring(0, 7));
        assertEquals(stored.length(), PasswordCheck.NO_ACCOUNT.length());
    }

    @Test
    void matchesNoPasswordSent() {
        assertFalse(BcryptUtil.matches("", PasswordCheck.NO_ACCOUNT));
        assertFalse(BcryptUtil.matches("a teacher's password", PasswordCheck.NO_ACCOUNT));
    }
}
