package org.newsquiz.web.attempt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.newsquiz.web.error.Problem;
import org.newsquiz.web.question.StoredQuestion;

/**
 * Questions as the save path needs them to check a response's shape, kept for a minute: thirty students saving
 * the same forty questions should not read them from the database on every click.
 */
@ApplicationScoped
public class QuestionCache {
    private static final long TTL_NANOS = 60_000_000_000L;

    private record Entry(StoredQuestion question, long loadedAt) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    public StoredQuestion get(long questionId) {
        Entry entry = entries.get(questionId);
        long now = System.nanoTime();
        if (entry == null || now - entry.loadedAt() > TTL_NANOS) {
            StoredQuestion question = load(questionId);
            if (question == null) {
                throw Problem.notFound("There is no question " + questionId + ".");
            }
            entry = new Entry(question, now);
            entries.put(questionId, entry);
        }
        return entry.question();
    }

    @Transactional
    StoredQuestion load(long questionId) {
        StoredQuestion question = StoredQuestion.findById(questionId);
        if (question != null) {
            question.options.size();
            question.answers.size();
        }
        return question;
    }
}
