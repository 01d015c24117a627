package org.newsquiz.core.exchange;

import java.util.List;
import org.newsquiz.core.question.Question;
import org.newsquiz.core.question.QuestionType;

/** A format questions can be exported to. Implementations are stateless and thread-safe. */
public interface QuestionWriter extends QuestionFormat {
    /** Whether the format can express questions of this type at all. */
    boolean canWrite(QuestionType type);

    /**
     * Writes the questions the format can carry, in order, and lists the others with the reason they were left out.
     *
     * @param title the name of the set, used where the format has a place for one
     */
    ExportResult write(String title, List<Question> questions);
}
