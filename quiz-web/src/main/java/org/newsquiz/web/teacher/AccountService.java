package org.newsquiz.web.teacher;

import java.util.List;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.security.PasswordRules;
import org.newsquiz.web.security.SessionStore;

/**
 * Creating accounts, changing passwords, and an administrator's disabling of accounts and temporary passwords;
 * hashing is bcrypt from the security library. A new password or a disabled account ends every session of it.
 */
@ApplicationScoped
public class AccountService {
    @Inject
    SessionStore sessions;

    @Transactional
    public Teacher create(String email, String displayName, String password, String role) {
        String address = Teacher.normaliseEmail(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+") || address.length() > 320) {
            throw Problem.badRequest("Enter a valid email address.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw Problem.badRequest("Enter a name of at most 200 characters.");
        }
        if (!Teacher.Role.ADMIN.equals(role) && !Teacher.Role.TEACHER.equals(role)) {
            throw Problem.badRequest("The role must be admin or teacher.");
        }
        checkPassword(password);
        if (Teacher.findByEmail(address) != null) {
            throw Problem.conflict("An account with the email " + address + " exists already.");
        }
        Teacher teacher = new Teacher();
        teacher.email = address;
        teacher.displayName = displayName.strip();
        teacher.role = role;
        teacher.passwordHash = BcryptUtil.bcryptHash(password);
        teacher.persist();
        return teacher;
    }

    @Transactional
    public void changePassword(long teacherId, String current, String replacement) {
        Teacher teacher = Teacher.findById(teacherId);
        if (current == null || !BcryptUtil.matches(current, teacher.passwordHash)) {
            throw Problem.badRequest("The current password is not right.");
        }
        checkPassword(replacement);
        if (BcryptUtil.matches(replacement, teacher.passwordHash)) {
            throw Problem.badRequest("Choose a password different from the one you have.");
        }
        teacher.passwordHash = BcryptUtil.bcryptHash(replacement);
        teacher.mustChangePassword = false;
        sessions.endAll(teacherId);
    }

    /** Sets a password the owner must change at next sign-in, and signs the account out everywhere. */
    @Transactional
    public Teacher setTemporaryPassword(long teacherId, String password) {
        Teacher teacher = existing(teacherId);
        checkPassword(password);
        teacher.passwordHash = BcryptUtil.bcryptHash(password);
        teacher.mustChangePassword = true;
        sessions.endAll(teacherId);
        return teacher;
    }

    @Transactional
    public Teacher setDisabled(long teacherId, long administratorId, boolean disabled) {
        Teacher teacher = existing(teacherId);
        if (disabled && teacherId == administratorId) {
            throw Problem.badRequest("You cannot disable your own account.");
        }
        teacher.disabled = disabled;
        if (disabled) {
            sessions.endAll(teacherId);
        }
        return teacher;
    }

    private static Teacher existing(long teacherId) {
        Teacher teacher = Teacher.findById(teacherId);
        if (teacher == null) {
            throw Problem.notFound("There is no account " + teacherId + ".");
        }
        return teacher;
    }

    public List<Teacher> all() {
        return Teacher.list("order by email");
    }

    static void checkPassword(String password) {
        PasswordRules.problem(password).ifPresent(problem -> {
            throw Problem.badRequest(problem);
        });
    }
}
