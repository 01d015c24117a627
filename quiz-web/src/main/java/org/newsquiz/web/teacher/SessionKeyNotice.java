package org.newsquiz.web.teacher;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.newsquiz.web.security.SessionKey;

/** Says in the log when a sign-in form opened before a restart, or on another replica, will be refused. */
@ApplicationScoped
public class SessionKeyNotice {
    private static final Logger LOG = Logger.getLogger(SessionKeyNotice.class);

    @Inject
    SessionKey key;

    void onStart(@Observes StartupEvent event) {
        if (!key.configured()) {
            LOG.warn("NEWSQUIZ_SESSION_KEY is not set: sign-in forms are signed with a random key generated at this"
                    + " start, so a form opened before a restart or on another replica is refused. Set the same key"
                    + " (32+ characters) on every replica.");
        }
    }
}
