package org.cairn.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.testing.AtOnce;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * A course whose teacher chose one gradebook column per planning period, end to end against the sandbox LMS in a
 * practice course of the test's own: the column is named after the period and carries each student's mean level
 * over the period's standards, and the last score the LMS keeps has every change, also of levels changed at the
 * same moment on different standards (each change computed its mean without the others; the worker reads the
 * mean again when it sends it).
 */
class PeriodColumnIT {

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @Test
    void thePeriodsColumnCarriesEachStudentsMeanLevelWithEveryChangeMadeAtOnce() throws Exception {
        Http.Reply created = http.post(URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox/api/courses"),
                "application/json", "{\"title\": \"Per-period grades\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        SandboxCourse sandbox = new SandboxCourse(cairn, created.json().get("courseId").asText());
        String teacher = sandbox.teacher();
        SandboxCourse.CourseRow course = sandbox.course();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> standards = new ArrayList<>();
        for (int i = 1; i <= 4; i++) standards.add(sandbox.prioritizedStandard(course, "PC" + i + "." + suffix));

        Http.Reply grouping = http.send(HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/grades/grouping"))
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"grouping\":\"PERIOD\"}")),
                "Authorization", "Bearer " + teacher, "Content-Type", "application/json");
        assertThat(grouping.status()).as(grouping.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String periodName = "Short race " + suffix;
        JsonNode period = sandbox.ok(sandbox.post("/api/v1/courses/current/planning/periods", teacher,
                "{\"name\": \"" + periodName + "\", \"startsOn\": \"" + today.minusDays(1) + "\"}"));
        String resourceId = "cairn:period:" + period.get("id").asText();

        JsonNode people = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> sandbox.get("/api/v1/courses/current/people", teacher).json(),
                        p -> p.isArray() && count(p, "STUDENT") >= 2);
        List<JsonNode> learners = new ArrayList<>();
        people.forEach(p -> {
            if (p.get("role").asText().equals("STUDENT")) learners.add(p);
        });
        JsonNode ana = learners.get(0);
        JsonNode ben = learners.get(1);

        // Ana's four levels change at the same moment, one standard each: mean (4 + 2 + 3 + 1) / 4.
        int[] points = {4, 2, 3, 1};
        List<Http.Reply> replies = AtOnce.send(4, i -> sandbox.post("/api/v1/courses/current/mastery/evidence", teacher,
                evidence(ana, standards.get(i), points[i])));
        assertThat(replies).as(replies.toString()).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        sandbox.ok(sandbox.post("/api/v1/courses/current/mastery/evidence", teacher, evidence(ben, standards.get(0), 1)));

        Map<String, Double> sent = delivered(sandbox, course, resourceId);
        assertThat(sent).containsEntry(ana.get("sub").asText(), 2.5).containsEntry(ben.get("sub").asText(), 1.0);

        // A later change of Ben's second standard: (1 + 3) / 2.
        sandbox.ok(sandbox.post("/api/v1/courses/current/mastery/evidence", teacher, evidence(ben, standards.get(1), 3)));
        assertThat(delivered(sandbox, course, resourceId)).containsEntry(ben.get("sub").asText(), 2.0)
                .containsEntry(ana.get("sub").asText(), 2.5);
        assertThat(lastDelivered(course, ana.get("sub").asText(), resourceId)).as("the outbox shows what was sent")
                .isEqualTo(2.5);

        assertThat(sandboxLabel(resourceId)).as("the LMS column is named after the period").isEqualTo(periodName);
    }

    private String sandboxLabel(String resourceId) throws Exception {
        try (Connection c = cairn.database().connect();
             PreparedStatement select = c.prepareStatement("SELECT label FROM sandbox_line_item WHERE resource_id = ?")) {
            select.setString(1, resourceId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String evidence(JsonNode student, UUID standard, int points) {
        return """
                {"studentId": "%s", "standardId": "%s", "points": %d, "source": "OBSERVATION"}"""
                .formatted(student.get("personId").asText(), standard, points);
    }

    private static long count(JsonNode people, String role) {
        long n = 0;
        for (JsonNode p : people) if (p.get("role").asText().equals(role)) n++;
        return n;
    }

    /** The sandbox gradebook's scores of the column once the course's outbox has nothing left to send. */
    private Map<String, Double> delivered(SandboxCourse sandbox, SandboxCourse.CourseRow course, String resourceId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> waiting(course) == 0 && !sandbox.sandboxScores(resourceId).isEmpty());
        try {
            return new HashMap<>(sandbox.sandboxScores(resourceId));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long waiting(SandboxCourse.CourseRow course) throws Exception {
        try (Connection c = cairn.database().connect(); PreparedStatement select = c.prepareStatement(
                "SELECT COUNT(*) FROM score_delivery WHERE course_id = ? AND status IN ('PENDING', 'IN_FLIGHT')")) {
            select.setObject(1, course.courseId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The score_given of the student's newest delivered score in the column, as the outbox recorded it. */
    private Double lastDelivered(SandboxCourse.CourseRow course, String sub, String resourceId) throws Exception {
        try (Connection c = cairn.database().connect(); PreparedStatement select = c.prepareStatement("""
                SELECT d.score_given FROM score_delivery d JOIN line_item l ON l.id = d.line_item_id
                WHERE d.course_id = ? AND d.user_sub = ? AND l.resource_id = ? AND d.status = 'DELIVERED'
                ORDER BY d.score_timestamp DESC""")) {
            select.setObject(1, course.courseId());
            select.setString(2, sub);
            select.setString(3, resourceId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getDouble(1);
            }
        }
    }
}
