package org.cairn.grades.control;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.grades.entity.AgsEndpoint;
import org.cairn.grades.entity.Grouping;

/**
 * A course's grading settings (V12): the AGS endpoint of its latest launch and the teacher's column grouping.
 * Plain JDBC on the caller's connection, like the outbox, so it joins the caller's transaction.
 */
public class CourseGrading {

    /** Remembers the AGS claim of a launch (the latest launch wins: platforms may move their service URLs). */
    public void offered(Connection connection, UUID registrationId, UUID courseId, AgsEndpoint endpoint, Instant now)
            throws SQLException {
        String lineItems = endpoint.lineItems().map(URI::toString).orElse(null);
        String lineItem = endpoint.lineItem().map(URI::toString).orElse(null);
        String scopes = String.join(" ", endpoint.scopes().stream().sorted().toList());
        if (scopes.length() > 2000) scopes = scopes.substring(0, 2000);
        // Almost every launch repeats the course's last claim: compare first, so a launch writes no row for it.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT registration_id, line_items_url, line_item_url, scopes FROM course_ags WHERE course_id = ?")) {
            select.setObject(1, courseId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next() && registrationId.equals(row.getObject(1, UUID.class))
                        && Objects.equals(lineItems, row.getString(2)) && Objects.equals(lineItem, row.getString(3))
                        && scopes.equals(row.getString(4))) {
                    return;
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE course_ags SET registration_id = ?, line_items_url = ?, line_item_url = ?, scopes = ?, updated_at = ?
                WHERE course_id = ?""")) {
            update.setObject(1, registrationId);
            update.setString(2, lineItems);
            update.setString(3, lineItem);
            update.setString(4, scopes);
            update.setObject(5, now.atOffset(ZoneOffset.UTC));
            update.setObject(6, courseId);
            if (update.executeUpdate() == 1) return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO course_ags (course_id, registration_id, line_items_url, line_item_url, scopes, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, courseId);
            insert.setObject(2, registrationId);
            insert.setString(3, lineItems);
            insert.setString(4, lineItem);
            insert.setString(5, scopes);
            insert.setObject(6, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    public Optional<AgsEndpoint> endpoint(Connection connection, UUID courseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT line_items_url, line_item_url, scopes FROM course_ags WHERE course_id = ?")) {
            select.setObject(1, courseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) return Optional.empty();
                List<String> scopes = Arrays.stream(row.getString(3).split(" ")).filter(s -> !s.isBlank()).toList();
                return Optional.of(AgsEndpoint.of(row.getString(1), row.getString(2), scopes));
            }
        }
    }

    public Grouping grouping(Connection connection, UUID courseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT grouping_kind FROM course_grading WHERE course_id = ?")) {
            select.setObject(1, courseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Grouping.valueOf(row.getString(1)) : Grouping.STANDARD;
            }
        }
    }

    public void choose(Connection connection, UUID registrationId, UUID courseId, Grouping grouping, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE course_grading SET grouping_kind = ?, updated_at = ? WHERE course_id = ?")) {
            update.setString(1, grouping.name());
            update.setObject(2, now.atOffset(ZoneOffset.UTC));
            update.setObject(3, courseId);
            if (update.executeUpdate() == 1) return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO course_grading (course_id, registration_id, grouping_kind, updated_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, courseId);
            insert.setObject(2, registrationId);
            insert.setString(3, grouping.name());
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
