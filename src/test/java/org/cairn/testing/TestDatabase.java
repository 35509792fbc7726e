package org.cairn.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database an integration test's Cairn runs on: an H2 file in the test's own folder, or a fresh database
 * in a real PostgreSQL that this JVM starts once ({@code -Dcairn.it.database=postgres}, set by Failsafe).
 * H2 runs with AUTO_SERVER so a test can read or seed rows with {@link #connect()} while Cairn has it open.
 */
public record TestDatabase(String url, String user, String password) {

    private static EmbeddedPostgres postgres;
    private static int created;

    public static String kind() {
        return System.getProperty("cairn.it.database", "h2");
    }

    public static TestDatabase create(String name, Path folder) {
        if ("postgres".equals(kind())) {
            return postgres(name);
        }
        return new TestDatabase("jdbc:h2:file:" + folder.resolve("data/cairn").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "cairn", "cairn"); // H2 refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE
    }

    private static synchronized TestDatabase postgres(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // The JVM is exiting; the data folder is temporary.
                    }
                }));
            }
            String database = "cairn_" + name.replaceAll("[^A-Za-z0-9]", "_").toLowerCase() + "_" + (++created);
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            return new TestDatabase(postgres.getJdbcUrl("postgres", database), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
    }

    public Map<String, String> environment() {
        return Map.of("CAIRN_DB_URL", url, "CAIRN_DB_USER", user, "CAIRN_DB_PASSWORD", password);
    }

    public Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(url, user, password);
    }
}
