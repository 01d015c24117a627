package org.newsquiz.core.distractor;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsquiz.core.facts.Entity;
import org.newsquiz.core.facts.FactSheet;

/**
 * The invariant that options of a choice question name different things: "Mr Brown" and "Gordon Brown" are one
 * entity of the article, so offering both gives two right answers.
 */
public final class DistinctEntities {
    private DistinctEntities() {
    }

    /** True when no two options are names of one entity of the article. */
    public static boolean distinct(List<String> options, FactSheet facts) {
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            Entity e = facts.named(option);
            if (e != null && !seen.add(e.id())) {
                return false;
            }
        }
        return true;
    }
}
