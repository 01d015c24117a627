package org.newsquiz.web.error;

import java.sql.SQLException;
import java.util.Set;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Text PostgreSQL refuses to store (a NUL character, an escape it cannot convert) is the request's fault: 400, and
 * the transaction has stored nothing. Any other storage failure is the server's: logged, and a 500 without details.
 */
public class StorageMappers {
    private static final Logger LOG = Logger.getLogger(StorageMappers.class);
    /** character_not_in_repertoire, untranslatable_character, invalid_text_representation. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05", "22P02");

    @ServerExceptionMapper
    public Response storage(PersistenceException e, HttpHeaders headers, UriInfo uri) {
        if (unstorableText(e)) {
            return ProblemMappers.render(400, "The request contains characters that cannot be stored, such as NUL.",
                    headers, uri);
        }
        LOG.errorf(e, "Storing or reading data for %s failed", uri.getPath());
        return ProblemMappers.render(500, "The server could not complete the request.", headers, uri);
    }

    static boolean unstorableText(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
