package org.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's demo data, over real HTTP: the teacher's launch from the sandbox brings the demo course into Cairn, the
 * roster sync brings its 24 students, and then the course has the demo framework, its eight prioritized standards in
 * units, and mastery computed from evidence for every student. A second sync seeds nothing more.
 */
class DemoSeedIT {

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @Test
    void afterTheTeachersLaunchAndSyncTheDemoCourseHasStandardsAndMasteryForAll24Students() {
        String token = launchAsTeacher();
        awaitSync(token);
        UUID courseId = UUID.fromString(bearer("/api/v1/session", token).get("courseId").asText());

        // The seed runs right after the sync, on its thread: wait for its mark.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT COUNT(*) FROM demo_seed WHERE course_id = ?", courseId) == 1);
        assertThat(count("SELECT students FROM demo_seed WHERE course_id = ?", courseId)).isEqualTo(24);

        JsonNode standards = bearer("/api/v1/courses/current/standards", token);
        List<JsonNode> entries = StreamSupport.stream(standards.get("standards").spliterator(), false).toList();
        assertThat(entries).extracting(e -> e.get("code").asText())
                .contains("6.RP.1", "6.EE.1", "W.6.1", "HAB.GOAL", "HAB.PERS");
        assertThat(entries).extracting(e -> e.get("category").asText()).contains("ACADEMIC", "HABIT");
        assertThat(standards.get("units").size()).isBetween(2, 3);

        long students = count("SELECT COUNT(*) FROM enrollment e WHERE e.course_id = ? AND e.role = 'STUDENT' AND e.active = TRUE", courseId);
        assertThat(students).isEqualTo(24);
        assertThat(count("SELECT COUNT(DISTINCT student_id) FROM mastery WHERE course_id = ?", courseId)).isEqualTo(24);
        assertThat(count("SELECT COUNT(*) FROM mastery WHERE course_id = ?", courseId)).isEqualTo(24 * 8);
        assertThat(count("SELECT COUNT(DISTINCT source) FROM evidence WHERE course_id = ?", courseId)).isGreaterThanOrEqualTo(3);
        // Jagged: some cells at mastery (3 or more on the default scale), some below.
        assertThat(count("SELECT COUNT(*) FROM mastery WHERE course_id = ? AND level_points >= 3", courseId)).isPositive();
        assertThat(count("SELECT COUNT(*) FROM mastery WHERE course_id = ? AND level_points < 3", courseId)).isPositive();

        // Once: another sync adds no evidence.
        long evidence = count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", courseId);
        var again = http.post(cairn.uri("/api/v1/courses/current/roster/sync"), "application/json", "",
                "Authorization", "Bearer " + token);
        assertThat(again.status()).as(again.toString()).isIn(202, 409);
        awaitSync(token);
        assertThat(count("SELECT COUNT(*) FROM evidence WHERE course_id = ?", courseId)).isEqualTo(evidence);
        assertThat(count("SELECT COUNT(*) FROM demo_seed WHERE course_id = ?", courseId)).isOne();
    }

    private void awaitSync(String token) {
        JsonNode sync = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> bearer("/api/v1/courses/current/roster/sync", token),
                        s -> s.get("status").asText().equals("SUCCEEDED") || s.get("status").asText().equals("FAILED"));
        assertThat(sync.get("status").asText()).as(sync.toString()).isEqualTo("SUCCEEDED");
    }

    private long count(String sql, Object... args) {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String launchAsTeacher() {
        try {
            return launch(DemoCourses.TEACHER_ID, "/cairn");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plays the browser: the sandbox course page, Cairn's login, the sandbox's authorization, Cairn's launch. */
    private String launch(String sandboxUser, String placementPath) throws Exception {
        return org.cairn.testing.SandboxLaunch.sessionToken(cairn, http, sandboxUser, placementPath);
    }

    private JsonNode bearer(String path, String token) {
        Http.Reply reply = http.get(cairn.uri(path), "Authorization", "Bearer " + token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
