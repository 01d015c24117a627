package org.newsquiz.web.teacher;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.newsquiz.web.error.Problem;

/** The signed-in account of this request and the ownership rule: own items, or any item for an administrator. */
@RequestScoped
public class CurrentTeacher {
    @Inject
    SecurityIdentity identity;

    private Teacher teacher;

    public Teacher get() {
        if (teacher == null) {
            teacher = identity.isAnonymous() ? null : Teacher.findByEmail(identity.getPrincipal().getName());
            if (teacher == null) {
                throw new Problem(401, "Sign in as a teacher first.");
            }
        }
        return teacher;
    }

    public long id() {
        return get().id;
    }

    public boolean isAdmin() {
        return get().isAdmin();
    }

    public boolean mayChange(Long ownerId) {
        return isAdmin() || (ownerId != null && ownerId == id());
    }

    /** Refuses with 403 unless the item with owner {@code ownerId} is this teacher's (or they administer). */
    public void requireOwner(Long ownerId, String what) {
        if (!mayChange(ownerId)) {
            throw Problem.forbidden("This " + what + " belongs to another teacher.");
        }
    }
}
