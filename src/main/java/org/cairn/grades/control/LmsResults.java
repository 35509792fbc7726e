package org.cairn.grades.control;

import java.net.URI;
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
import java.util.UUID;
import org.cairn.grades.entity.ResultMapping;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.PhraseText;

/**
 * The SQL of LMS results as evidence (V12): which LMS assignments count for which standards, and which results
 * have been recorded already, so each is recorded exactly once even when two nodes read at the same time (the
 * primary key of lms_result_read decides).
 */
public class LmsResults {

    public ResultMapping map(Connection connection, UUID registrationId, UUID courseId, URI lineItem, String label,
                             UUID standardId, Instant now) throws SQLException {
        Optional<ResultMapping> existing = mappings(connection, courseId).stream()
                .filter(m -> m.lineItemUrl().equals(lineItem) && m.standardId().equals(standardId)).findFirst();
        if (existing.isPresent()) return existing.get();
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO lms_result_mapping (id, registration_id, course_id, line_item_url, label, standard_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setObject(2, registrationId);
            insert.setObject(3, courseId);
            insert.setString(4, lineItem.toString());
            insert.setString(5, label.length() > 255 ? label.substring(0, 255) : label);
            insert.setObject(6, standardId);
            insert.setObject(7, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return new ResultMapping(id, registrationId, courseId, lineItem, label, standardId, null, null);
    }

    public List<ResultMapping> mappings(Connection connection, UUID courseId) throws SQLException {
        return select(connection, "SELECT * FROM lms_result_mapping WHERE course_id = ? ORDER BY created_at, id", courseId);
    }

    public List<ResultMapping> all(Connection connection) throws SQLException {
        return select(connection, "SELECT * FROM lms_result_mapping ORDER BY created_at, id", null);
    }

    public boolean unmap(Connection connection, UUID courseId, UUID mappingId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lms_result_read WHERE mapping_id = ? "
                + "AND mapping_id IN (SELECT id FROM lms_result_mapping WHERE course_id = ?)")) {
            delete.setObject(1, mappingId);
            delete.setObject(2, courseId);
            delete.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lms_result_mapping WHERE id = ? AND course_id = ?")) {
            delete.setObject(1, mappingId);
            delete.setObject(2, courseId);
            return delete.executeUpdate() == 1;
        }
    }

    /** Claims a result for recording; false when it was recorded before (or is being recorded by another node). */
    public boolean firstRead(Connection connection, UUID mappingId, String userSub, String resultKey, Instant now)
            throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT 1 FROM lms_result_read WHERE mapping_id = ? AND user_sub = ? AND result_key = ?")) {
            find.setObject(1, mappingId);
            find.setString(2, userSub);
            find.setString(3, resultKey);
            try (ResultSet row = find.executeQuery()) {
                if (row.next()) return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lms_result_read (mapping_id, user_sub, result_key, read_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, mappingId);
            insert.setString(2, userSub);
            insert.setString(3, resultKey);
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        }
    }

    public void recorded(Connection connection, UUID mappingId, String userSub, String resultKey, UUID evidenceId)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lms_result_read SET evidence_id = ? WHERE mapping_id = ? AND user_sub = ? AND result_key = ?")) {
            update.setObject(1, evidenceId);
            update.setObject(2, mappingId);
            update.setString(3, userSub);
            update.setString(4, resultKey);
            update.executeUpdate();
        }
    }

    /**
     * Records a read of a mapping and why it failed (none when it read well). The error is kept as a phrase (V21) for
     * the teacher's language; {@code last_error} holds only errors recorded before.
     */
    public void readOutcome(Connection connection, UUID mappingId, Instant at, Phrase error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lms_result_mapping SET last_read_at = ?, last_error = NULL, last_error_phrase = ? WHERE id = ?")) {
            update.setObject(1, at.atOffset(ZoneOffset.UTC));
            update.setString(2, PhraseText.write(error));
            update.setObject(3, mappingId);
            update.executeUpdate();
        }
    }

    public long recordedCount(Connection connection, UUID mappingId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM lms_result_read WHERE mapping_id = ? AND evidence_id IS NOT NULL")) {
            count.setObject(1, mappingId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }


    private static List<ResultMapping> select(Connection connection, String sql, UUID courseId) throws SQLException {
        List<ResultMapping> list = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (courseId != null) select.setObject(1, courseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime read = rows.getObject("last_read_at", OffsetDateTime.class);
                    list.add(new ResultMapping(rows.getObject("id", UUID.class), rows.getObject("registration_id", UUID.class),
                            rows.getObject("course_id", UUID.class), URI.create(rows.getString("line_item_url")),
                            rows.getString("label"), rows.getObject("standard_id", UUID.class),
                            read == null ? null : read.toInstant(),
                            PhraseText.read(rows.getString("last_error_phrase"), rows.getString("last_error"))));
                }
            }
        }
        return list;
    }

    /**
     * A result as a level on the course's scale: the fraction resultScore/resultMaximum placed linearly between
     * the scale's lowest and highest points, then rounded to the nearest level (teachers record levels).
     */
    public static double toScale(double resultScore, double resultMaximum, org.cairn.competency.entity.Scale scale) {
        double fraction = resultMaximum > 0 ? Math.max(0, Math.min(1, resultScore / resultMaximum)) : 0;
        return scale.levelFor(scale.min() + fraction * (scale.max() - scale.min())).points();
    }
}
