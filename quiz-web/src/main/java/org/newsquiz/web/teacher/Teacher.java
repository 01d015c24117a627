package org.newsquiz.web.teacher;

import java.time.OffsetDateTime;
import java.util.Locale;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.newsquiz.web.persistence.IdentityEntity;

/** A teacher's or administrator's account; the password is stored as a bcrypt hash in modular crypt format. */
@Entity
@Table(name = "teacher")
@UserDefinition
public class Teacher extends IdentityEntity {
    @Username
    public String email;
    @Column(name = "display_name")
    public String displayName;
    @Password(PasswordType.MCF)
    @Column(name = "password_hash")
    public String passwordHash;
    @Roles
    public String role;
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
