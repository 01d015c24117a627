package org.newsquiz.web.teacher;

import java.util.function.Function;
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

    /**
     * The looked-up item if it exists and this teacher may change it.
     *
     * @param item    the item found by id, or null
     * @param ownerOf reads the item's owner
     * @param what    the item's kind, named in the 403 message
     * @param missing the 404 message when {@code item} is null
     */
    public <T> T requireOwned(T item, Function<T, Long> ownerOf, String what, String missing) {
        if (item == null) {
            throw Problem.notFound(missing);
        }
        requireOwner(ownerOf.apply(item), what);
        return item;
    }

    /** As {@link #requireOwned}, but an item without an owner is shared and readable by every teacher. */
    public <T> T requireReadable(T item, Function<T, Long> ownerOf, String what, String missing) {
        if (item != null && ownerOf.apply(item) == null) {
            return item;
        }
        return requireOwned(item, ownerOf, what, missing);
    }
}
