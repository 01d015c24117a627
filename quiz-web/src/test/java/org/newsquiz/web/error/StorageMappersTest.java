package org.newsquiz.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
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
    void aCommitBrokenOffByTheDatabaseIsA503WithRetryAfterHoweverItIsWrapped() {
        // As the transaction manager reports it: the driver's error is suppressed in the commit's exception.
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("Error trying to commit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        Response response = StorageMappers.failure(new RuntimeException(commit), List.of(), "/api/attempts/x/submit");

        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals(new ProblemMappers.ErrorBody(503, StorageMappers.UNAVAILABLE), response.getEntity());
    }

    @Test
    void anyOtherFailureIsA500ThatTellsNothingOfItsInsides() {
        Response response = StorageMappers.failure(new IllegalStateException("secret internals"), List.of(),
                "/api/attempts/x/submit");

        assertEquals(500, response.getStatus());
        assertNull(response.getHeaderString("Retry-After"));
        assertEquals(new ProblemMappers.ErrorBody(500, "The server could not complete the request."),
                response.getEntity());
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
