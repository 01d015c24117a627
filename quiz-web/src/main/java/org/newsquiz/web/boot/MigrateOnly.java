package org.newsquiz.web.boot;

import io.quarkus.runtime.QuarkusApplication;
import org.jboss.logging.Logger;

/**
 * {@code java -jar quarkus-run.jar migrate}: applies the Flyway migrations to the configured database and exits,
 * so that a deployment migrates once, in one step, before its replicas start with
 * {@code QUARKUS_FLYWAY_MIGRATE_AT_START=false}. Nothing is served and the content library is not imported.
 */
public class MigrateOnly implements QuarkusApplication {
    static final String COMMAND = "migrate";
    private static final Logger LOG = Logger.getLogger(MigrateOnly.class);

    static boolean requested(String... args) {
        return args.length > 0 && COMMAND.equals(args[0]);
    }

    /** System properties outrank the environment, so a replica's settings passed to this step cannot undo them. */
    static void configure() {
        System.setProperty("quarkus.flyway.migrate-at-start", "true");
        System.setProperty("newsquiz.library.import-at-start", "false");
        System.setProperty("newsquiz.generation.resume-at-start", "false");
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("quarkus.shutdown.delay", "0s");
    }

    @Override
    public int run(String... args) {
        LOG.info("Database schema migrated; exiting");
        return 0;
    }
}
