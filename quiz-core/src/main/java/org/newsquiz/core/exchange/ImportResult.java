package org.newsquiz.core.exchange;

import java.util.List;
import org.newsquiz.core.question.Question;

/** The questions read from a file and the items that could not be read. */
public record ImportResult(List<Question> questions, List<ImportProblem> problems) {
    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** True when every item of the file became a question. */
    public boolean isComplete() {
        return problems.isEmpty();
    }
}
