package org.newsquiz.web.teacher;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says in the log when sign-in sessions will not survive a restart nor work across replicas. */
@ApplicationScoped
public class SessionKeyNotice {
    private static final Logger LOG = Logger.getLogger(SessionKeyNotice.class);

    void onStart(@Observes StartupEvent event) {
        if (!SessionKeySource.configured()) {
            LOG.warn("NEWSQUIZ_SESSION_KEY is not set: sign-in sessions use a random key generated at this start and"
                    + " end when the application restarts. Set the same key (32+ characters) on every replica.");
        }
    }
}
