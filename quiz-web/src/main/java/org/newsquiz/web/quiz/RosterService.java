package org.newsquiz.web.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;

/**
 * A quiz's class list: the teacher types the names, each gets a personal code drawn at random (the join codes'
 * alphabet), kept while the name stays on the list so printed codes remain valid.
 */
@ApplicationScoped
public class RosterService {
    static final int MAX_NAMES = 500;

    @Inject
    QuizAuthoring authoring;

    @Transactional
    public List<RosterEntry> entries(long quizId) {
        return RosterEntry.of(authoring.owned(quizId).id);
    }

    /** Replaces the list by {@code names}, one a line: kept names keep their codes, new ones get new codes. */
    @Transactional
    public List<RosterEntry> replace(long quizId, String names) {
        Quiz quiz = authoring.owned(quizId);
        List<String> wanted = parse(names);
        Map<String, RosterEntry> existing = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (RosterEntry entry : RosterEntry.of(quiz.id)) {
            existing.put(key(entry.name), entry);
            codes.add(entry.code);
        }
        List<RosterEntry> kept = new ArrayList<>();
        for (String name : wanted) {
            RosterEntry entry = existing.remove(key(name));
            if (entry == null) {
                entry = new RosterEntry();
                entry.quizId = quiz.id;
                entry.code = unusedCode(codes);
            }
            entry.name = name;
            entry.position = kept.size();
            entry.persist();
            kept.add(entry);
        }
        existing.values().forEach(RosterEntry::delete);
        return kept;
    }

    private static List<String> parse(String names) {
        List<String> wanted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : (names == null ? "" : names).split("\\R")) {
            if (!line.isBlank()) {
                String name = StudentNames.tidy(line);
                if (name == null) {
                    throw Problem.badRequest("Each name may have up to " + StudentNames.MAX_LENGTH
                            + " characters and no control characters.");
                }
                if (seen.add(key(name))) {
                    wanted.add(name);
                }
            }
        }
        if (wanted.size() > MAX_NAMES) {
            throw Problem.badRequest("A class list holds at most " + MAX_NAMES + " names.");
        }
        return wanted;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String unusedCode(Set<String> codes) {
        String code;
        do {
            code = JoinCodes.next();
        } while (!codes.add(code));
        return code;
    }
}
