package org.newsquiz.web.attempt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.StoredQuestion;
import org.newsquiz.web.questionset.QuestionSet;

/**
 * Questions as joining and saving need them (prompt, options, shape), kept for ten seconds: a class of five
 * hundred joining the same quiz in the same second, then saving the same forty questions, should not read them
 * from the database on every click. A teacher's edit reaches new joins and saves within those ten seconds.
 * The cached entities are detached and only ever read.
 */
@ApplicationScoped
public class QuestionCache {
    private static final long TTL_NANOS = 10_000_000_000L;

    private record Entry<T>(T value, long loadedAt) {
        boolean fresh(long now) {
            return now - loadedAt <= TTL_NANOS;
        }
    }

    private final Map<Long, Entry<StoredQuestion>> questions = new ConcurrentHashMap<>();
    private final Map<Long, Entry<List<StoredQuestion>>> sets = new ConcurrentHashMap<>();

    public StoredQuestion get(long questionId) {
        Entry<StoredQuestion> entry = questions.get(questionId);
        long now = System.nanoTime();
        if (entry == null || !entry.fresh(now)) {
            StoredQuestion question = load(questionId);
            if (question == null) {
                throw Problem.notFound("There is no question " + questionId + ".");
            }
            entry = new Entry<>(question, now);
            questions.put(questionId, entry);
        }
        return entry.value();
    }

    /** The question if it is in the cache and fresh, else {@code null}; never reads the database. */
    public StoredQuestion cached(long questionId) {
        Entry<StoredQuestion> entry = questions.get(questionId);
        return entry != null && entry.fresh(System.nanoTime()) ? entry.value() : null;
    }

    /** The questions of a question set, in the set's order. */
    public List<StoredQuestion> ofSet(long questionSetId) {
        Entry<List<StoredQuestion>> entry = sets.get(questionSetId);
        long now = System.nanoTime();
        if (entry == null || !entry.fresh(now)) {
            List<StoredQuestion> loaded = loadSet(questionSetId);
            entry = new Entry<>(loaded, now);
            sets.put(questionSetId, entry);
            loaded.forEach(question -> questions.put(question.id, new Entry<>(question, now)));
        }
        return entry.value();
    }

    @Transactional
    StoredQuestion load(long questionId) {
        return StoredQuestion.findById(questionId);
    }

    @Transactional
    List<StoredQuestion> loadSet(long questionSetId) {
        QuestionSet set = QuestionSet.findById(questionSetId);
        return set == null ? List.of() : List.copyOf(set.questions);
    }
}
