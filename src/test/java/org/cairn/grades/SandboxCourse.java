package org.cairn.grades;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;

/**
 * A sandbox course (the demo course unless a test makes its own) as seen from a grades test: real launches over HTTP (as DemoCourseIT plays them),
 * and the rows a test needs that no API makes yet (a framework and a prioritized standard, an LMS assignment).
 */
final class SandboxCourse {

    final CairnServer cairn;
    final Http http = new Http();
    /** The sandbox course: the demo course, or a practice course of the test's own. */
    private final String contextId;

    SandboxCourse(CairnServer cairn) {
        this(cairn, DemoCourses.DEMO_COURSE_ID);
    }

    SandboxCourse(CairnServer cairn, String contextId) {
        this.cairn = cairn;
        this.contextId = contextId;
    }

    static List<String> students() {
        return DemoCourses.demo().members().stream().map(m -> m.id()).filter(id -> id.startsWith("sbx-student-")).toList();
    }

    String teacher() throws Exception {
        return launch(DemoCourses.TEACHER_ID, "/cairn");
    }

    String student() throws Exception {
        return launch(students().get(0), "/links/" + DemoCourses.PLAN_LINK_ID);
    }

    /** Plays the browser: the sandbox course page, Cairn's login, the sandbox's authorization, Cairn's launch. */
    String launch(String sandboxUser, String placementPath) throws Exception {
        return org.cairn.testing.SandboxLaunch.sessionToken(cairn, http, contextId, sandboxUser, placementPath);
    }

    Http.Reply get(String path, String token) {
        return http.get(cairn.uri(path), "Authorization", "Bearer " + token);
    }

    Http.Reply post(String path, String token, String json) {
        return http.post(cairn.uri(path), "application/json", json, "Authorization", "Bearer " + token);
    }

    JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 299);
        return reply.json();
    }

    /** Cairn's course row of the sandbox course and its registration: {courseId, registrationId, lineItemsUrl}. */
    CourseRow course() throws SQLException {
        try (Connection c = cairn.database().connect();
             PreparedStatement select = c.prepareStatement("""
                     SELECT a.course_id, a.registration_id, a.line_items_url FROM course_ags a JOIN course k ON k.id = a.course_id
                     WHERE k.context_id = ?""")) {
            select.setString(1, contextId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("the launch stored the course's AGS endpoint").isTrue();
                return new CourseRow(row.getObject(1, UUID.class), row.getObject(2, UUID.class), URI.create(row.getString(3)));
            }
        }
    }

    record CourseRow(UUID courseId, UUID registrationId, URI lineItems) {
    }

    /** A framework with one standard, prioritized in the course; returns the standard's id. */
    UUID prioritizedStandard(CourseRow course, String code) throws SQLException {
        UUID framework = UUID.randomUUID();
        UUID standard = UUID.randomUUID();
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        try (Connection c = cairn.database().connect()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO framework (id, registration_id, identifier, title, source, imported_at, imported_by, version)
                    VALUES (?, ?, ?, 'Grades IT', 'CSV', ?, 'grades-it', 0)""")) {
                insert.setObject(1, framework);
                insert.setObject(2, course.registrationId());
                insert.setString(3, "grades-it-" + framework);
                insert.setObject(4, now);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO standard (id, framework_id, identifier, code, statement, type, sequence_number, retired, version)
                    VALUES (?, ?, ?, ?, 'Explains ratios with tables and graphs', 'STANDARD', 1, FALSE, 0)""")) {
                insert.setObject(1, standard);
                insert.setObject(2, framework);
                insert.setString(3, "std-" + standard);
                insert.setString(4, code);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO course_standard (id, registration_id, course_id, standard_id, ordinal, category, version)
                    VALUES (?, ?, ?, ?, 1, 'ACADEMIC', 0)""")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, course.registrationId());
                insert.setObject(3, course.courseId());
                insert.setObject(4, standard);
                insert.executeUpdate();
            }
        }
        return standard;
    }

    /** An assignment of the LMS's own (no Cairn tag) with a score per student; returns its AGS URL. */
    URI lmsAssignment(CourseRow course, String label, Map<String, Double> scoresOutOfTen) throws SQLException {
        String id = "it-" + UUID.randomUUID();
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        try (Connection c = cairn.database().connect()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO sandbox_line_item (id, course_id, label, score_maximum, created_at) VALUES (?, ?, ?, 10, ?)""")) {
                insert.setString(1, id);
                insert.setString(2, DemoCourses.DEMO_COURSE_ID);
                insert.setString(3, label);
                insert.setObject(4, now);
                insert.executeUpdate();
            }
            for (var score : scoresOutOfTen.entrySet()) {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO sandbox_score (line_item_id, user_id, score_given, score_maximum, score_timestamp,
                                                   activity_progress, grading_progress, received_at)
                        VALUES (?, ?, ?, 10, ?, 'Completed', 'FullyGraded', ?)""")) {
                    insert.setString(1, id);
                    insert.setString(2, score.getKey());
                    insert.setDouble(3, score.getValue());
                    insert.setObject(4, now);
                    insert.setObject(5, now);
                    insert.executeUpdate();
                }
            }
        }
        return URI.create(course.lineItems() + "/" + id);
    }

    /** The sandbox's stored score of Cairn's column for a resourceId: user → scoreGiven (null when cleared). */
    Map<String, Double> sandboxScores(String resourceId) throws SQLException {
        Map<String, Double> scores = new LinkedHashMap<>();
        try (Connection c = cairn.database().connect();
             PreparedStatement select = c.prepareStatement("""
                     SELECT s.user_id, s.score_given FROM sandbox_score s JOIN sandbox_line_item i ON i.id = s.line_item_id
                     WHERE i.resource_id = ? ORDER BY s.user_id""")) {
            select.setString(1, resourceId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) scores.put(rows.getString(1), rows.getObject(2) == null ? null : rows.getDouble(2));
            }
        }
        return scores;
    }
}
