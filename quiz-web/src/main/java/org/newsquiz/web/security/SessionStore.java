package org.newsquiz.web.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in sessions in PostgreSQL. The cookie holds a random secret and the table its SHA-256; a session ends
 * after the idle timeout, at the maximum age, when its account is disabled, or when every session of the account
 * is ended (signing out, a new password).
 */
@ApplicationScoped
public class SessionStore {
    private static final long TOUCH_AFTER_SECONDS = 60;

    private final DataSource dataSource;
    private final long idleSeconds;
    private final long maxAgeSeconds;

    public SessionStore(DataSource dataSource,
            @ConfigProperty(name = "newsquiz.session.idle-timeout") Duration idleTimeout,
            @ConfigProperty(name = "newsquiz.session.max-age") Duration maxAge) {
        this.dataSource = dataSource;
        this.idleSeconds = idleTimeout.toSeconds();
        this.maxAgeSeconds = maxAge.toSeconds();
    }

    /** A session as found for a cookie: its account and the CSRF token bound to it. */
    public record Session(byte[] secretHash, Account account, String csrfToken, String notice) {
    }

    /** Starts a session and returns the secret for the cookie. */
    public String start(long teacherId, String notice) {
        String secret = Secrets.random();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM teacher_session"
                    + " WHERE last_seen_at < now() - make_interval(secs => ?)")) {
                s.setLong(1, idleSeconds);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO teacher_session"
                    + " (secret_hash, teacher_id, csrf_token, notice) VALUES (?, ?, ?, ?)")) {
                s.setBytes(1, Secrets.sha256(secret));
                s.setLong(2, teacherId);
                s.setString(3, Secrets.random());
                s.setString(4, notice);
                s.executeUpdate();
            }
            return secret;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start a session", e);
        }
    }

    public Optional<Session> find(String secret) {
        byte[] hash = Secrets.sha256(secret);
        try (Connection c = dataSource.getConnection()) {
            Session session;
            boolean stale;
            try (PreparedStatement s = c.prepareStatement("SELECT t.id, t.email, t.role, t.must_change_password,"
                    + " s.csrf_token, s.notice, s.last_seen_at < now() - make_interval(secs => ?)"
                    + " FROM teacher_session s JOIN teacher t ON t.id = s.teacher_id WHERE s.secret_hash = ?"
                    + " AND NOT t.disabled AND s.last_seen_at > now() - make_interval(secs => ?)"
                    + " AND s.created_at > now() - make_interval(secs => ?)")) {
                s.setLong(1, TOUCH_AFTER_SECONDS);
                s.setBytes(2, hash);
                s.setLong(3, idleSeconds);
                s.setLong(4, maxAgeSeconds);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    session = new Session(hash, new Account(r.getLong(1), r.getString(2), r.getString(3),
                            r.getBoolean(4)), r.getString(5), r.getString(6));
                    stale = r.getBoolean(7);
                }
            }
            if (stale) {
                try (PreparedStatement s = c.prepareStatement("UPDATE teacher_session SET last_seen_at = now()"
                        + " WHERE secret_hash = ?")) {
                    s.setBytes(1, hash);
                    s.executeUpdate();
                }
            }
            return Optional.of(session);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session", e);
        }
    }

    /** Ends every session of the account, on every replica at once. */
    public void endAll(long teacherId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM teacher_session WHERE teacher_id = ?")) {
            s.setLong(1, teacherId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the sessions", e);
        }
    }
}
