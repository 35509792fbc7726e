package org.cairn.plans;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cairn.testing.CairnServer;

/**
 * A course's prioritized standards written as the competency feature stores them (framework, standards in one
 * unit, a {@code precedes} chain in list order, course standards), for plans tests and the load script. The
 * competency feature's own import is tested there; plans only read these rows.
 */
public final class CourseStandardsSeed {

    private CourseStandardsSeed() {
    }

    /** Standards with the given codes, each preceding the next; returns their ids in order. */
    public static List<UUID> chain(CairnServer cairn, UUID registrationId, UUID courseId, String... codes) {
        List<UUID> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        UUID framework = UUID.randomUUID();
        try (Connection c = cairn.database().connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO framework (id, registration_id, identifier, title, "
                    + "source, imported_at, imported_by, version) VALUES (?, ?, ?, 'Test math', 'CSV', ?, 'test', 0)")) {
                s.setObject(1, framework);
                s.setObject(2, registrationId);
                s.setString(3, "fw-" + framework);
                s.setTimestamp(4, now);
                s.executeUpdate();
            }
            for (int i = 0; i < codes.length; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO standard (id, framework_id, identifier, code, "
                        + "statement, type, sequence_number, retired, version) VALUES (?, ?, ?, ?, ?, 'STANDARD', ?, FALSE, 0)")) {
                    s.setObject(1, id);
                    s.setObject(2, framework);
                    s.setString(3, "item-" + id);
                    s.setString(4, codes[i]);
                    s.setString(5, "Statement of " + codes[i]);
                    s.setInt(6, i);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO course_standard (id, registration_id, course_id, "
                        + "standard_id, ordinal, unit_name, category, version) VALUES (?, ?, ?, ?, ?, 'Unit 1', 'ACADEMIC', 0)")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, registrationId);
                    s.setObject(3, courseId);
                    s.setObject(4, id);
                    s.setInt(5, i);
                    s.executeUpdate();
                }
                if (i > 0) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO standard_association (id, framework_id, kind, "
                            + "case_type, origin_id, destination_id) VALUES (?, ?, 'PRECEDES', 'precedes', ?, ?)")) {
                        s.setObject(1, UUID.randomUUID());
                        s.setObject(2, framework);
                        s.setString(3, ids.get(i - 1).toString());
                        s.setString(4, id.toString());
                        s.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}
