package org.newsquiz.web.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsquiz.web.teacher.Teacher;

/**
 * Failed sign-ins counted per account and per client address in PostgreSQL, so every replica throttles alike.
 * The last free failure pauses sign-in for 2 s and each further one twice as long as the one before (4 s, 8 s …
 * up to the maximum); while paused, even the right password is refused with 429. Counts are forgotten an hour
 * after the last failure, and an account's count when its owner signs in.
 */
@ApplicationScoped
public class SignInThrottle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH);
    private static final String FAIL = "INSERT INTO sign_in_throttle AS t (key, failures, first_failure_at,"
            + " last_failure_at) VALUES (?, 1, now(), now()) ON CONFLICT (key) DO UPDATE SET"
            + " failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => ?) THEN 1"
            + " ELSE t.failures + 1 END,"
            + " first_failure_at = CASE WHEN t.last_failure_at < now() - make_interval(secs => ?) THEN now()"
            + " ELSE t.first_failure_at END, last_failure_at = now() RETURNING failures";

    private final DataSource dataSource;
    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final long maxDelaySeconds;
    private final long forgetSeconds;

    public SignInThrottle(DataSource dataSource,
            @ConfigProperty(name = "newsquiz.sign-in.account-free-failures") int accountFreeFailures,
            @ConfigProperty(name = "newsquiz.sign-in.address-free-failures") int addressFreeFailures,
            @ConfigProperty(name = "newsquiz.sign-in.max-delay") Duration maxDelay,
            @ConfigProperty(name = "newsquiz.sign-in.forget-after") Duration forgetAfter) {
        this.dataSource = dataSource;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.maxDelaySeconds = maxDelay.toSeconds();
        this.forgetSeconds = forgetAfter.toSeconds();
    }

    /** Seconds to wait before the account or the address may try again; 0 when neither is paused. */
    public long retryAfterSeconds(String email, String address) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT ceil(extract(epoch FROM max(locked_until) - now()))"
                     + " FROM sign_in_throttle WHERE key IN (?, ?) AND locked_until > now()")) {
            s.setString(1, accountKey(email));
            s.setString(2, addressKey(address));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Math.max(0, r.getLong(1)) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the sign-in throttle", e);
        }
    }

    public void recordFailure(String email, String address) {
        try (Connection c = dataSource.getConnection()) {
            fail(c, accountKey(email), accountFreeFailures);
            fail(c, addressKey(address), addressFreeFailures);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a failed sign-in", e);
        }
    }

    /** Forgets the account's failures; says what happened when there were enough to pause sign-in. */
    public Optional<String> recordSuccess(String email) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM sign_in_throttle WHERE key = ?"
                     + " RETURNING failures, first_failure_at, last_failure_at")) {
            s.setString(1, accountKey(email));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || r.getInt(1) < accountFreeFailures) {
                    return Optional.empty();
                }
                return Optional.of(String.format("Since your last sign-in, %d sign-ins to your account failed"
                        + " (between %s and %s) and sign-in was paused. If that was not you, choose a new password.",
                        r.getInt(1), when(r.getObject(2, OffsetDateTime.class)),
                        when(r.getObject(3, OffsetDateTime.class))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clear the sign-in throttle", e);
        }
    }

    private void fail(Connection c, String key, int freeFailures) throws SQLException {
        int failures;
        try (PreparedStatement s = c.prepareStatement(FAIL)) {
            s.setString(1, key);
            s.setLong(2, forgetSeconds);
            s.setLong(3, forgetSeconds);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                failures = r.getInt(1);
            }
        }
        if (failures >= freeFailures) {
            long delay = Math.min(maxDelaySeconds, 1L << Math.min(30, failures - freeFailures + 1));
            try (PreparedStatement s = c.prepareStatement("UPDATE sign_in_throttle"
                    + " SET locked_until = now() + make_interval(secs => ?) WHERE key = ?")) {
                s.setLong(1, delay);
                s.setString(2, key);
                s.executeUpdate();
            }
        }
    }

    private static String when(OffsetDateTime time) {
        return WHEN.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String accountKey(String email) {
        String normalised = Teacher.normaliseEmail(email).replace("\0", "");
        return "account:" + normalised.substring(0, Math.min(320, normalised.length()));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
