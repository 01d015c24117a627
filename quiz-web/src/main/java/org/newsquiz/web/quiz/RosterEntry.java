package org.newsquiz.web.quiz;

import java.util.List;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.newsquiz.web.persistence.IdentityEntity;

/** A student on a quiz's class list, with the personal code they join with. */
@Entity
@Table(name = "roster_entry")
public class RosterEntry extends IdentityEntity {
    @Column(name = "quiz_id")
    public Long quizId;
    public String name;
    public String code;
    public int position;

    public static List<RosterEntry> of(long quizId) {
        return list("quizId = ?1 order by position, id", quizId);
    }

    /** The entry, locked until the transaction ends: two joins with one code must not both start an attempt. */
    public static RosterEntry byCodeLocked(long quizId, String code) {
        return find("quizId = ?1 and code = ?2", quizId, code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
