package org.newsquiz.web.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Before the application starts against an external PostgreSQL, waits until the server accepts connections, for
 * at most {@code NEWSQUIZ_DATABASE_WAIT} (default 10 minutes): a stack started together, or a database restarting,
 * then delays the start instead of failing it. A server that answers with any other refusal (a wrong password, no
 * such database) ends the wait, and the start reports that error as usual.
 */
final class DatabaseWait {
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    /** Refusals that mean "not yet": no connection, or the server starting, shutting down or full. */
    private static final Set<String> NOT_YET = Set.of("57P01", "57P02", "57P03", "53300");

    /** Opens (and closes) one connection, or throws why it could not. */
    interface Probe {
        void connect() throws SQLException;
    }

    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private DatabaseWait() {
    }

    /** {@code 90s}, {@code 10m}, {@code 1h} or an ISO-8601 duration ({@code PT10M}); {@code 0} does not wait. */
    static Duration limit(Map<String, String> environment) {
        String text = environment.get("NEWSQUIZ_DATABASE_WAIT");
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            if (value.matches("\\d+[smh]")) {
                return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
            }
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("NEWSQUIZ_DATABASE_WAIT must be a duration such as 90s, 10m or 1h, not \""
                    + text + "\"", e);
        }
    }

    /** Returns once the server answers; {@code false} when {@code limit} passed without an answer. */
    static boolean await(String where, Duration limit, Probe probe, Sleeper sleeper, LongSupplier clock)
            throws InterruptedException {
        long start = clock.getAsLong();
        long lastLog = Long.MIN_VALUE;
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                probe.connect();
                if (lastLog != Long.MIN_VALUE) {
                    log("INFO", "The database at %s answers after %d s of waiting", where, seconds(clock.getAsLong() - start));
                }
                return true;
            } catch (SQLException e) {
                if (!notYet(e)) {
                    return true;
                }
                long waited = clock.getAsLong() - start;
                if (waited >= limit.toNanos()) {
                    log("ERROR", "The database at %s did not answer within %d s (NEWSQUIZ_DATABASE_WAIT); giving up: %s",
                            where, limit.toSeconds(), reason(e));
                    return false;
                }
                if (lastLog == Long.MIN_VALUE || clock.getAsLong() - lastLog >= LOG_EVERY.toNanos()) {
                    lastLog = clock.getAsLong();
                    log("WARN", "Waiting for the database at %s (%s); %d s waited, giving up after %d s",
                            where, reason(e), seconds(waited), limit.toSeconds());
                }
                sleeper.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** The JDBC URL's host, port and database, without parameters (which may hold credentials). */
    static String where(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:postgresql:(//)?", "");
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** Waits for the server behind the configured URL with the configured user, as the application will connect. */
    static boolean awaitConfigured(String jdbcUrl, String user, String password, Duration limit)
            throws InterruptedException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        org.postgresql.Driver driver = new org.postgresql.Driver();
        Probe probe = () -> {
            // A URL this driver does not take (null) is left to the application's start to report.
            Connection connection = driver.connect(jdbcUrl, properties);
            if (connection != null) {
                connection.close();
            }
        };
        return await(where(jdbcUrl), limit, probe, pause -> Thread.sleep(pause.toMillis()), System::nanoTime);
    }

    static boolean notYet(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || NOT_YET.contains(state);
    }

    private static String reason(SQLException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /**
     * The application's logging starts with the application, after this wait: until then these lines go straight to
     * the console, in the same layout.
     */
    private static void log(String level, String format, Object... arguments) {
        System.out.printf("%s %-5s [%s] (%s) %s%n", LocalDateTime.now().format(TIME), level, DatabaseWait.class.getName(),
                Thread.currentThread().getName(), String.format(format, arguments));
        System.out.flush();
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }
}
