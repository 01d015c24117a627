package org.newsquiz.web.teacher;

import java.time.OffsetDateTime;
import java.util.Locale;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.newsquiz.web.persistence.IdentityEntity;

/**
 * A teacher's or administrator's account; the password is stored as a bcrypt hash in modular crypt format. The
 * role is also the security role (see org.newsquiz.web.security).
 */
@Entity
@Table(name = "teacher")
public class Teacher extends IdentityEntity {
    public String email;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "password_hash")
    public String passwordHash;
    public String role;
    /** A disabled account cannot sign in; its sessions were ended when it was disabled. */
    public boolean disabled;
    /** Set with a temporary password from an administrator: every page leads to the password form until changed. */
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static Teacher findByEmail(String email) {
        return find("email", normaliseEmail(email)).firstResult();
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isAdmin() {
        return Role.ADMIN.equals(role);
    }

    /** The role names stored in {@code teacher.role}, also the security roles. */
    public static final class Role {
        public static final String ADMIN = "admin";
        public static final String TEACHER = "teacher";

        private Role() {
        }
    }
}
