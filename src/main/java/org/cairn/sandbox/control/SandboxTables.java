package org.cairn.sandbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain SQL over Cairn's data source for the sandbox_ tables. The sandbox plays an external LMS: it keeps its
 * rows apart from Cairn's entities and persistence unit, so nothing of Cairn can come to depend on them.
 * Statements join the caller's JTA transaction when there is one.
 */
@ApplicationScoped
public class SandboxTables {

    @Resource(lookup = "java:app/jdbc/cairn")
    DataSource dataSource;

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sandbox SQL failed (" + e.getSQLState() + "): " + sql, e);
        }
    }

    /** An insert that may collide with a primary key: false when the row already exists. */
    public boolean insertUnique(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) return false;
            throw new IllegalStateException("Sandbox SQL failed (" + e.getSQLState() + "): " + sql, e);
        }
    }

    public <T> List<T> query(String sql, Row<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) result.add(mapper.map(rows));
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Sandbox SQL failed (" + e.getSQLState() + "): " + sql, e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) value = instant.atOffset(ZoneOffset.UTC);
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
