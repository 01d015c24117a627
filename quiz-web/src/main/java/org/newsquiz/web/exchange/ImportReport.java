package org.newsquiz.web.exchange;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsquiz.core.exchange.ImportProblem;

/**
 * What an import did: on success the new set and its questions; when any item of the file is not a valid question,
 * nothing is stored and each problem is listed with its position in the file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(int status, String error, Long questionSetId, String title, String format, int imported,
                           List<Long> questionIds, List<ImportProblem> problems) {
    static final int CREATED = 201;
    static final int UNPROCESSABLE = 422;

    static ImportReport imported(long setId, String title, String format, List<Long> questionIds) {
        return new ImportReport(CREATED, null, setId, title, format, questionIds.size(), questionIds, List.of());
    }

    static ImportReport refused(String title, String format, List<ImportProblem> problems) {
        String error = problems.size() + (problems.size() == 1 ? " item" : " items")
                + " of the file could not be read; nothing was imported.";
        return new ImportReport(UNPROCESSABLE, error, null, title, format, 0, List.of(), problems);
    }

    public boolean succeeded() {
        return status == CREATED;
    }
}
