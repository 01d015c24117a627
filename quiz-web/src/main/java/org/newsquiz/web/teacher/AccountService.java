package org.newsquiz.web.teacher;

import java.util.List;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;

/** Creating accounts and changing passwords; hashing is bcrypt from the security library. */
@ApplicationScoped
public class AccountService {
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final int MAX_PASSWORD_LENGTH = 72;

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
        teacher.passwordHash = BcryptUtil.bcryptHash(replacement);
    }

    public List<Teacher> all() {
        return Teacher.list("order by email");
    }

    /** bcrypt reads at most 72 bytes, so longer passwords would be silently cut. */
    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Problem.badRequest("The password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_LENGTH) {
            throw Problem.badRequest("The password may have at most " + MAX_PASSWORD_LENGTH + " bytes.");
        }
    }
}
