package org.newsquiz.web.teacher;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newsquiz.web.boot.StartupRetries;

/**
 * Creates the first administrator at start when there is none, from NEWSQUIZ_ADMIN_EMAIL and
 * NEWSQUIZ_ADMIN_PASSWORD; without a configured password a random one is generated and logged this once.
 */
@ApplicationScoped
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);
    private static final long CREATE_LOCK = 0x4e51_4144_4d4eL;

    @Inject
    AccountService accounts;
    @Inject
    StartupRetries retries;

    @ConfigProperty(name = "newsquiz.admin.email", defaultValue = "admin@newsquiz.local")
    String email;
    @ConfigProperty(name = "newsquiz.admin.password")
    Optional<String> password;

    void onStart(@Observes StartupEvent event) {
        retries.run("Creating the first administrator", this::createIfMissing);
    }

    @Transactional
    void createIfMissing() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, CREATE_LOCK).getSingleResult();
        if (Teacher.count("role", Teacher.Role.ADMIN) > 0) {
            return;
        }
        boolean generated = password.filter(p -> !p.isBlank()).isEmpty();
        String secret = generated ? randomPassword() : password.get();
        accounts.create(email, "Administrator", secret, Teacher.Role.ADMIN);
        if (generated) {
            LOG.warnf("Created the administrator %s with the generated password %s (shown once: sign in and change it,"
                    + " or set NEWSQUIZ_ADMIN_PASSWORD before the first start)", Teacher.normaliseEmail(email), secret);
        } else {
            LOG.infof("Created the administrator %s", Teacher.normaliseEmail(email));
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
