package org.cairn.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.cairn.testing.CairnServer;
import org.junit.jupiter.api.Test;

/**
 * V6 on the real database Cairn migrated at start-up (H2 and PostgreSQL): the tables take the rows the entities
 * write and refuse what the domain forbids. No REST yet: the use cases get their endpoints with CourseAccess.
 */
class MasterySchemaIT {

    private final CairnServer cairn = CairnServer.shared();

    private static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            s.executeUpdate();
        }
    }

    @Test
    void frameworkStandardEvidenceAndMasteryRowsFitTheSchema() throws SQLException {
        var now = Timestamp.from(Instant.parse("2026-11-27T12:00:00Z"));
        UUID registration = UUID.randomUUID();
        UUID framework = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        UUID student = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID correction = UUID.randomUUID();
        try (Connection c = cairn.database().connect()) {
            run(c, "INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, jwks_uri,"
                    + " allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, 'Test', 'canvas', 'https://lms/auth', 'https://lms/jwks', 'RS256', 'ACTIVE', 'REFUSE',"
                    + " 'MANUAL', ?, ?, 0)", registration, "https://lms.example/" + registration, "client-" + registration, now, now);
            run(c, "INSERT INTO framework (id, registration_id, identifier, title, source, imported_at, imported_by, version)"
                    + " VALUES (?, ?, 'd0000000', 'UTF8 \uD835\uDC51 Test', 'CASE', ?, 'admin', 0)", framework, registration, now);
            run(c, "INSERT INTO standard (id, framework_id, identifier, code, statement, type, parent_id, sequence_number,"
                    + " retired, version) VALUES (?, ?, 'p', 'NF', 'Fractions', 'DOMAIN', NULL, 1, FALSE, 0)", parent, framework);
            run(c, "INSERT INTO standard (id, framework_id, identifier, code, statement, type, parent_id, sequence_number,"
                    + " retired, version) VALUES (?, ?, 'c', 'NF.1', 'Adds fractions', 'STANDARD', ?, 1, FALSE, 0)", child, framework, parent.toString());
            run(c, "INSERT INTO standard_association (id, framework_id, kind, case_type, origin_id, destination_identifier,"
                    + " destination_uri) VALUES (?, ?, 'EXACT_MATCH_OF', 'exactMatchOf', ?, 'ext', 'https://other/CFItems/ext')",
                    UUID.randomUUID(), framework, child.toString());
            run(c, "INSERT INTO course_standard (id, registration_id, course_id, standard_id, ordinal, unit_name, unit_start,"
                    + " unit_end, category, version) VALUES (?, ?, ?, ?, 1, 'Unit 1', DATE '2026-09-01', DATE '2026-10-15',"
                    + " 'ACADEMIC', 0)", UUID.randomUUID(), registration, course, child);
            UUID scale = UUID.randomUUID();
            run(c, "INSERT INTO mastery_scale (id, registration_id, course_id, name, updated_at, version) VALUES (?, ?, NULL,"
                    + " 'Default', ?, 0)", scale, registration, now);
            run(c, "INSERT INTO mastery_scale_level (scale_id, ordinal, points, label, colour, mastery) VALUES (?, 1, 1,"
                    + " 'Beginning', '#f4c7c3', FALSE)", scale);
            run(c, "INSERT INTO evidence (id, registration_id, course_id, student_id, standard_id, points, observed_on,"
                    + " recorded_at, source, author, status, version) VALUES (?, ?, ?, ?, ?, 1, DATE '2026-10-01', ?,"
                    + " 'ASSESSMENT', 'teacher', 'CORRECTED', 0)", first, registration, course, student, child, now);
            run(c, "INSERT INTO evidence (id, registration_id, course_id, student_id, standard_id, points, observed_on,"
                    + " recorded_at, source, author, status, supersedes_id, version) VALUES (?, ?, ?, ?, ?, 3,"
                    + " DATE '2026-10-01', ?, 'ASSESSMENT', 'teacher', 'RECORDED', ?, 0)",
                    correction, registration, course, student, child, now, first.toString());
            run(c, "INSERT INTO mastery_method (id, registration_id, course_id, standard_id, method, n_times, weight, rate,"
                    + " include_self_assessment, chosen_by, chosen_at, version) VALUES (?, ?, ?, NULL, 'DECAYING_AVERAGE', 3,"
                    + " 0.65, 0.65, FALSE, 'teacher', ?, 0)", UUID.randomUUID(), registration, course, now);
            run(c, "INSERT INTO level_override (id, registration_id, course_id, student_id, standard_id, points, note, set_by,"
                    + " set_at, version) VALUES (?, ?, ?, ?, ?, 3, 'conference', 'teacher', ?, 0)",
                    UUID.randomUUID(), registration, course, student, child, now);
            run(c, "INSERT INTO mastery (id, registration_id, course_id, student_id, standard_id, score, computed_points,"
                    + " level_points, method, evidence_count, overridden, computed_at) VALUES (?, ?, ?, ?, ?, 3.484625, 3, 3,"
                    + " 'DECAYING_AVERAGE', 1, TRUE, ?)", UUID.randomUUID(), registration, course, student, child, now);

            try (var q = c.prepareStatement("SELECT title FROM framework WHERE id = ?")) {
                q.setObject(1, framework);
                var rs = q.executeQuery();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("UTF8 \uD835\uDC51 Test");
            }
            assertThatThrownBy(() -> run(c, "INSERT INTO standard (id, framework_id, identifier, statement, type,"
                    + " sequence_number, retired, version) VALUES (?, ?, 'c', 'dup', 'STANDARD', 2, FALSE, 0)",
                    UUID.randomUUID(), framework)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> run(c, "INSERT INTO mastery (id, registration_id, course_id, student_id, standard_id,"
                    + " method, evidence_count, overridden, computed_at) VALUES (?, ?, ?, ?, ?, 'HIGHEST', 0, FALSE, ?)",
                    UUID.randomUUID(), registration, course, student, child, now)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> run(c, "INSERT INTO evidence (id, registration_id, course_id, student_id, standard_id,"
                    + " points, observed_on, recorded_at, source, author, status, version) VALUES (?, ?, ?, ?, ?, 1,"
                    + " DATE '2026-10-01', ?, 'GOSSIP', 'teacher', 'RECORDED', 0)",
                    UUID.randomUUID(), registration, course, student, child, now)).isInstanceOf(SQLException.class);
        }
    }
}
