package org.newsquiz.web.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.newsquiz.web.teacher.Teacher;

/**
 * Checks an email and password against the teacher table. Every failure costs one bcrypt, whether the account
 * is unknown, disabled or the password wrong, so the time taken does not tell which accounts exist.
 */
@ApplicationScoped
public class PasswordCheck {
    /**
     * A hash, of the same cost as stored ones (BcryptUtil's), of a random password that was thrown away: it matches
     * nothing anyone sends. Written out rather than hashed here, as hashing took the first request (the first
     * readiness probe) 0.1-0.3 s at start.
     */
    static final String NO_ACCOUNT = "$2a$10$LF4sZuiVign8FQ5WkFJGF.DhBR8xk1bpdWxp3c8xjDjwoMZ7JxfIe";

    private final DataSource dataSource;

    public PasswordCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Account> verify(String email, String password) {
        String address = Teacher.normaliseEmail(email);
        String given = password == null ? "" : password;
        StoredAccount stored = address.indexOf('\0') >= 0 ? null : find(address);
        boolean usable = stored != null && !stored.disabled();
        boolean matches = BcryptUtil.matches(given, usable ? stored.hash() : NO_ACCOUNT);
        return usable && matches ? Optional.of(stored.account()) : Optional.empty();
    }

    private record StoredAccount(Account account, String hash, boolean disabled) {
    }

    private StoredAccount find(String email) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, email, role, must_change_password, password_hash,"
                     + " disabled FROM teacher WHERE email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new StoredAccount(new Account(r.getLong(1), r.getString(2), r.getString(3),
                        r.getBoolean(4)), r.getString(5), r.getBoolean(6)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the account", e);
        }
    }
}
