package org.cairn.grades.control;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * An in-memory H2 database with Cairn's real migrations, for outbox unit tests, and plain JDBC transactions in
 * place of the container's JTA ones.
 */
final class OutboxDatabase implements SqlTransactions, AutoCloseable {

    private final String url = "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final Connection keepAlive;

    OutboxDatabase() throws SQLException {
        keepAlive = DriverManager.getConnection(url, "sa", "");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    @Override
    public <T> T inNewTransaction(Work<T> work) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A registration row (the outbox's foreign key) with this token endpoint. */
    UUID registration(URI tokenEndpoint) {
        UUID id = UUID.randomUUID();
        inNewTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, token_endpoint,
                        jwks_uri, allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version)
                    VALUES (?, ?, ?, 'Test LMS', 'other', 'https://lms.example/auth', ?, 'https://lms.example/jwks', 'RS256',
                        'ACTIVE', 'REFUSE', 'MANUAL', ?, ?, 0)""")) {
                insert.setObject(1, id);
                insert.setString(2, "https://lms.example/" + id);
                insert.setString(3, "cairn-client");
                insert.setString(4, tokenEndpoint.toString());
                insert.setObject(5, Instant.EPOCH.atOffset(ZoneOffset.UTC));
                insert.setObject(6, Instant.EPOCH.atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
        return id;
    }

    @Override
    public void close() throws SQLException {
        try (var statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keepAlive.close();
    }
}
