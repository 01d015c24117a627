package org.newsquiz.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

/** Which storage failures are the database's absence (503, try again) and which the request's text (400). */
class StorageMappersTest {
    private static PersistenceException wrapping(String sqlState) {
        return new PersistenceException("failed", new IllegalStateException(new SQLException("x", sqlState)));
    }

    @Test
    void aConnectionThatFailedOrAServerShuttingDownIsUnavailability() {
        assertTrue(StorageMappers.databaseUnavailable(wrapping("08006")));
        assertTrue(StorageMappers.databaseUnavailable(wrapping("08001")));
        assertTrue(StorageMappers.databaseUnavailable(wrapping("57P01")));
        assertTrue(StorageMappers.databaseUnavailable(wrapping("57P03")));
        assertEquals(503, StorageMappers.unavailable().status());
    }

    @Test
    void refusedTextAndOtherErrorsAreNot() {
        assertFalse(StorageMappers.databaseUnavailable(wrapping("22021")));
        assertFalse(StorageMappers.databaseUnavailable(wrapping("23505")));
        assertFalse(StorageMappers.databaseUnavailable(wrapping(null)));
        assertFalse(StorageMappers.databaseUnavailable(new IllegalStateException("no SQL at all")));
        assertTrue(StorageMappers.unstorableText(wrapping("22021")));
    }
}
