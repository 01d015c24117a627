package org.newsquiz.web.error;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Text PostgreSQL refuses to store (a NUL character, an escape it cannot convert) is the request's fault: 400, and
 * the transaction has stored nothing. A database that cannot be reached (restarting, failing over) is a 503 with
 * Retry-After, so clients try again. Any other failure is the server's: logged, and a 500 without details.
 */
public class StorageMappers {
    private static final Logger LOG = Logger.getLogger(StorageMappers.class);
    /** character_not_in_repertoire, untranslatable_character, invalid_text_representation. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05", "22P02");
    /** admin_shutdown, crash_shutdown, cannot_connect_now; class 08 is every connection exception. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    static final String UNAVAILABLE = "The database cannot be reached just now, so nothing was saved; try again in a moment.";
    static final int RETRY_SECONDS = 2;

    /**
     * Storage failures, and whatever else no other mapper takes. A commit that failed because the database went away
     * arrives wrapped by the transaction interceptor rather than as a PersistenceException, and is a 503 all the same.
     */
    @ServerExceptionMapper
    public Response storageOrOther(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return failure(e, headers.getAcceptableMediaTypes(), uri.getPath());
    }

    static Response failure(RuntimeException e, List<MediaType> accepted, String path) {
        if (MalformedRequests.undecodable(e)) {
            return ProblemMappers.render(400, MalformedRequests.MESSAGE, accepted, path);
        }
        if (unstorableText(e)) {
            return ProblemMappers.render(400, "The request contains characters that cannot be stored, such as NUL.",
                    accepted, path);
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("The database could not be reached for %s: %s", path, e.getMessage());
            return ProblemMappers.render(503, UNAVAILABLE, accepted, path);
        }
        LOG.errorf(e, "The request for %s failed", path);
        return ProblemMappers.render(500, "The server could not complete the request.", accepted, path);
    }

    /** Whether {@code e} comes from a connection to PostgreSQL that failed or was refused, not from the request. */
    public static boolean databaseUnavailable(Throwable e) {
        return sqlStates(e).anyMatch(state -> state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    /** The refusal for a request that found the database unreachable. */
    public static Problem unavailable() {
        return new Problem(503, UNAVAILABLE);
    }

    static boolean unstorableText(Throwable e) {
        return sqlStates(e).anyMatch(UNSTORABLE_TEXT::contains);
    }

    /**
     * The SQL states among {@code e}'s causes and the exceptions suppressed along the way: a failed commit keeps
     * the driver's exception as a suppressed one.
     */
    private static Stream<String> sqlStates(Throwable e) {
        List<String> states = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return states.stream();
    }
}
