package org.cairn.infra.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Records decisions an operator may need to trace (a registration approved, a deployment auto-created, a key
 * rotated) in the audit_event table, inside the caller's transaction. Never tokens, never student names.
 */
@ApplicationScoped
public class AuditLog {

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    public void record(String kind, String subject, String detail, String actor) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO audit_event (id, kind, subject, detail, actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, kind);
            insert.setString(3, truncate(subject, 512));
            insert.setString(4, truncate(detail, 2000));
            insert.setString(5, truncate(actor, 255));
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit log entry " + kind, e);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
