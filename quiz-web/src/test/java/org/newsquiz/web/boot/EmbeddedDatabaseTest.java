package org.newsquiz.web.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @Test
    void keepsDataBetweenStartsAndRunsDurably(@TempDir Path home) throws Exception {
        Path data = DataDirectory.postgresData(DataDirectory.resolve(Map.of("NEWSQUIZ_DATA_DIR", home.toString())));
        assertEquals(home.resolve("postgres-17"), data);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, true);
             Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note TEXT)");
            s.execute("INSERT INTO kept VALUES ('answer saved before a restart')");
            assertEquals("on", single(s, "SHOW fsync"));
            assertEquals("on", single(s, "SHOW synchronous_commit"));
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(data, true);
             Connection c = connect(second); Statement s = c.createStatement()) {
            assertEquals("answer saved before a restart", single(s, "SELECT note FROM kept"));
        }
    }

    @Test
    void dataDirectoryDefaultsToTheUsersHome() {
        assertEquals(Path.of(System.getProperty("user.home"), ".newsquiz"), DataDirectory.resolve(Map.of()));
        assertEquals(Path.of(System.getProperty("user.home"), ".newsquiz"),
                DataDirectory.resolve(Map.of("NEWSQUIZ_DATA_DIR", " ")));
    }

    @Test
    void anExternalUrlMeansNoEmbeddedDatabase() {
        assertTrue(NewsQuizMain.externalDatabaseConfigured(
                Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db:5432/newsquiz")));
        assertFalse(NewsQuizMain.externalDatabaseConfigured(Map.of()));
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
