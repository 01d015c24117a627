package org.newsquiz.web.hostile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** What the database holds, to compare before and after each hostile request. */
final class StoreSnapshot {
    static final List<String> TABLES = List.of("teacher", "article", "question", "question_set", "question_set_item",
            "quiz", "attempt", "attempt_answer");

    private StoreSnapshot() {
    }

    /** The number of rows of every table. */
    static String counts(DataSource dataSource) throws SQLException {
        StringBuilder query = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.size(); i++) {
            query.append(i == 0 ? "" : " || ' ' || ").append("'").append(TABLES.get(i)).append("=' || (SELECT count(*) FROM ")
                    .append(TABLES.get(i)).append(")");
        }
        return single(dataSource, query.toString(), List.of());
    }

    /** Every column of the known rows: the attempt and its answers, the quizzes, the set and its items, the teachers. */
    static String known(DataSource dataSource, Known known, long fixtureQuizId, long ownerId) throws SQLException {
        UUID attempt = known.attemptId();
        List<String> parts = new ArrayList<>();
        parts.add(single(dataSource, "SELECT row_to_json(a)::text FROM attempt a WHERE id = ?", List.of(attempt)));
        parts.add(single(dataSource, "SELECT string_agg(row_to_json(x)::text, '|' ORDER BY question_id) "
                + "FROM attempt_answer x WHERE attempt_id = ?", List.of(attempt)));
        parts.add(single(dataSource, "SELECT string_agg(row_to_json(q)::text, '|' ORDER BY id) FROM quiz q "
                + "WHERE id IN (?, ?)", List.of(fixtureQuizId, known.quizId())));
        parts.add(single(dataSource, "SELECT row_to_json(s)::text FROM question_set s WHERE id = ?", List.of(known.setId())));
        parts.add(single(dataSource, "SELECT string_agg(row_to_json(i)::text, '|' ORDER BY position) "
                + "FROM question_set_item i WHERE question_set_id = ?", List.of(known.setId())));
        parts.add(single(dataSource, "SELECT string_agg(row_to_json(q)::text, '|' ORDER BY id) FROM question q "
                + "WHERE id IN (?, ?) OR article_id = ?", List.of(known.questionId(), known.choiceQuestion(), known.articleId())));
        parts.add(single(dataSource, "SELECT row_to_json(a)::text FROM article a WHERE id = ?", List.of(known.articleId())));
        parts.add(single(dataSource, "SELECT string_agg(row_to_json(t)::text, '|' ORDER BY id) FROM teacher t "
                + "WHERE id = ? OR email = ?", List.of(ownerId, known.intruderEmail())));
        return String.join("\n", parts);
    }

    private static String single(DataSource dataSource, String sql, List<Object> parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
