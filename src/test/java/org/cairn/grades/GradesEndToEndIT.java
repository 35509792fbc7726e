package org.cairn.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 end to end over real HTTP against the sandbox LMS: an LMS assignment's results become evidence (AGS
 * result service, read once), the evidence changes mastery, and the new levels arrive in the sandbox gradebook in
 * Cairn's own column for the standard. Also the grades API's denials.
 */
class GradesEndToEndIT {

    private final CairnServer cairn = CairnServer.shared();
    private final SandboxCourse sandbox = new SandboxCourse(cairn);

    @Test
    void lmsResultsBecomeEvidenceOnceAndTheLevelsArriveInTheSandboxGradebook() throws Exception {
        String teacher = sandbox.teacher();
        SandboxCourse.CourseRow course = sandbox.course();
        String code = "RP." + UUID.randomUUID().toString().substring(0, 6);
        UUID standard = sandbox.prioritizedStandard(course, code);
        List<String> students = SandboxCourse.students();
        String label = "Ratios quiz " + code;
        URI assignment = sandbox.lmsAssignment(course, label,
                Map.of(students.get(0), 10.0, students.get(1), 5.0, students.get(2), 0.0));

        JsonNode assignments = sandbox.ok(sandbox.get("/api/v1/courses/current/grades/assignments", teacher));
        assertThat(StreamSupport.stream(assignments.spliterator(), false).map(a -> a.get("id").asText()))
                .contains(assignment.toString());
        assertThat(StreamSupport.stream(assignments.spliterator(), false).map(a -> a.get("label").asText()))
                .noneMatch(l -> l.startsWith(code));

        sandbox.ok(sandbox.post("/api/v1/courses/current/grades/mappings", teacher,
                "{\"lineItemId\":\"" + assignment + "\",\"label\":\"" + label + "\",\"standardIds\":[\"" + standard + "\"]}"));
        JsonNode read = sandbox.ok(sandbox.post("/api/v1/courses/current/grades/results/read", teacher, ""));
        assertThat(read.get("recorded").asInt()).as(read.toString()).isEqualTo(3);

        // 10/10 is Advanced (4), 5/10 lies halfway up the 1-4 scale (2.5, a tie rounds up to Proficient 3), 0/10 is Beginning (1).
        Map<String, Double> arrived = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> sandbox.sandboxScores("cairn:standard:" + standard), s -> s.size() == 3);
        assertThat(arrived).containsEntry(students.get(0), 4.0).containsEntry(students.get(1), 3.0)
                .containsEntry(students.get(2), 1.0);

        JsonNode again = sandbox.ok(sandbox.post("/api/v1/courses/current/grades/results/read", teacher, ""));
        assertThat(again.get("recorded").asInt()).as("each result is evidence once").isZero();
        assertThat(again.get("results").asInt()).isEqualTo(3);

        JsonNode column = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> column(teacher, code), c -> c != null && c.get("delivered").asInt() == 3);
        assertThat(column.get("pending").asInt()).isZero();
        assertThat(column.get("needsAttention").asInt()).isZero();

        Http.Reply page = sandbox.http.get(cairn.uri("/sandbox/gradebook"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(code).contains("4 / 4");
    }

    @Test
    void aScoreTheLmsRefusesIsShownWithItsReasonAndCanBeRetried() throws Exception {
        String teacher = sandbox.teacher();
        SandboxCourse.CourseRow course = sandbox.course();
        String code = "NS." + UUID.randomUUID().toString().substring(0, 6);
        UUID lineItem = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        try (Connection c = cairn.database().connect()) {
            insertLineItem(c, lineItem, course, code, course.lineItems());
            // Not a member of the sandbox course: the sandbox answers 400, which retrying cannot fix.
            insertDelivery(c, delivery, course, lineItem, "not-a-member-" + code);
        }
        JsonNode column = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> column(teacher, code), c -> c != null && c.get("needsAttention").asInt() == 1);
        JsonNode attention = column.get("attention").get(0);
        assertThat(attention.get("deliveryId").asText()).isEqualTo(delivery.toString());
        assertThat(attention.get("reason").asText()).contains("the LMS refused the request with HTTP 400");
        // A teacher whose LMS speaks Spanish reads Cairn's sentence in Spanish, the LMS's own words as it wrote them.
        String profesora = sandbox.teacher();
        org.cairn.testing.SandboxLaunch.speakingSpanish(cairn, profesora);
        assertThat(column(profesora, code).get("attention").get(0).get("reason").asText())
                .contains("el LMS rechazó la solicitud con HTTP 400");

        JsonNode retried = sandbox.ok(sandbox.post("/api/v1/courses/current/grades/deliveries/" + delivery + "/retry", teacher, ""));
        assertThat(retried.get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void anAssignmentWhoseResultsCannotBeReadIsReportedInTheTeachersLanguage() throws Exception {
        SandboxCourse.CourseRow course = sandbox.course();
        String label = "Gone quiz " + UUID.randomUUID().toString().substring(0, 6);
        UUID mapping = UUID.randomUUID();
        try (Connection c = cairn.database().connect()) {
            // A line item the sandbox does not have: reading its results is refused.
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO lms_result_mapping (id, registration_id, course_id, line_item_url, label, standard_id,
                                                    created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, mapping);
                insert.setObject(2, course.registrationId());
                insert.setObject(3, course.courseId());
                insert.setString(4, course.lineItems() + "/" + mapping);
                insert.setString(5, label);
                insert.setObject(6, UUID.randomUUID());
                insert.setObject(7, Instant.now().atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
        try {
            String profesora = sandbox.teacher();
            org.cairn.testing.SandboxLaunch.speakingSpanish(cairn, profesora);
            JsonNode read = sandbox.ok(sandbox.post("/api/v1/courses/current/grades/results/read", profesora, ""));
            assertThat(StreamSupport.stream(read.get("problems").spliterator(), false).map(JsonNode::asText)
                    .filter(p -> p.startsWith(label + ": ")).toList()).as(read.toString()).singleElement()
                    .satisfies(p -> assertThat(p).contains("el LMS rechazó la solicitud con HTTP"));

            JsonNode overview = sandbox.ok(sandbox.get("/api/v1/courses/current/grades", profesora));
            JsonNode kept = StreamSupport.stream(overview.get("mappings").spliterator(), false)
                    .filter(m -> m.get("id").asText().equals(mapping.toString())).findFirst().orElseThrow();
            assertThat(kept.get("lastError").asText()).contains("el LMS rechazó la solicitud con HTTP");
            JsonNode inEnglish = StreamSupport.stream(sandbox.ok(sandbox.get("/api/v1/courses/current/grades",
                    sandbox.teacher())).get("mappings").spliterator(), false)
                    .filter(m -> m.get("id").asText().equals(mapping.toString())).findFirst().orElseThrow();
            assertThat(inEnglish.get("lastError").asText()).contains("the LMS refused the request with HTTP");
        } finally {
            try (Connection c = cairn.database().connect();
                 PreparedStatement delete = c.prepareStatement("DELETE FROM lms_result_mapping WHERE id = ?")) {
                delete.setObject(1, mapping);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void onlyTheCoursesTeacherMayReadOrChangeItsGrades() throws Exception {
        String teacher = sandbox.teacher();
        String student = sandbox.student();
        SandboxCourse.CourseRow course = sandbox.course();

        Http.Reply anonymous = sandbox.http.get(cairn.uri("/api/v1/courses/current/grades"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        for (Http.Reply denied : List.of(
                sandbox.get("/api/v1/courses/current/grades", student),
                sandbox.get("/api/v1/courses/current/grades/assignments", student),
                sandbox.post("/api/v1/courses/current/grades/results/read", student, ""),
                sandbox.post("/api/v1/courses/current/grades/deliveries/" + UUID.randomUUID() + "/retry", student, ""),
                sandbox.http.send(java.net.http.HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/grades/grouping"))
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grouping\":\"PERIOD\"}"))
                        .header("Content-Type", "application/json"), "Authorization", "Bearer " + student))) {
            assertThat(denied.status()).as(denied.toString()).isEqualTo(403);
            assertThat(denied.contentType()).startsWith("application/problem+json");
        }

        // A delivery of another course (of the same LMS) is not this teacher's: not found, as if it did not exist.
        UUID otherCourseLineItem = UUID.randomUUID();
        UUID otherDelivery = UUID.randomUUID();
        SandboxCourse.CourseRow other = new SandboxCourse.CourseRow(UUID.randomUUID(), course.registrationId(), course.lineItems());
        try (Connection c = cairn.database().connect()) {
            insertLineItem(c, otherCourseLineItem, other, "other-" + otherDelivery, URI.create("https://lms.invalid/lineitems"));
            insertDelivery(c, otherDelivery, other, otherCourseLineItem, "someone");
        }
        Http.Reply notHers = sandbox.post("/api/v1/courses/current/grades/deliveries/" + otherDelivery + "/retry", teacher, "");
        assertThat(notHers.status()).as(notHers.toString()).isEqualTo(404);
        assertThat(notHers.contentType()).startsWith("application/problem+json");
        assertThat(notHers.json().get("detail").asText()).contains("in this course");

        Http.Reply elsewhere = sandbox.post("/api/v1/courses/current/grades/mappings", teacher,
                "{\"lineItemId\":\"https://evil.example/lineitems/1\",\"standardIds\":[\"" + UUID.randomUUID() + "\"]}");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(400);
        assertThat(elsewhere.json().get("detail").asText()).contains("not in this course's LMS gradebook");

        Http.Reply unknownStandard = sandbox.post("/api/v1/courses/current/grades/mappings", teacher,
                "{\"lineItemId\":\"" + course.lineItems() + "/x\",\"standardIds\":[\"" + UUID.randomUUID() + "\"]}");
        assertThat(unknownStandard.status()).as(unknownStandard.toString()).isEqualTo(400);
        assertThat(unknownStandard.json().get("detail").asText()).contains("no standard");

        Http.Reply badGrouping = sandbox.http.send(java.net.http.HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/grades/grouping"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grouping\":\"WEEK\"}"))
                .header("Content-Type", "application/json"), "Authorization", "Bearer " + teacher);
        assertThat(badGrouping.status()).as(badGrouping.toString()).isEqualTo(400);
        assertThat(badGrouping.contentType()).startsWith("application/problem+json");
        assertThat(badGrouping.json().get("detail").asText())
                .isEqualTo("grouping must be STANDARD (a column per standard) or PERIOD (a column per planning period)");
        // The same mistake on a Spanish page: the field's own sentence, in Spanish.
        Http.Reply enEspanol = sandbox.http.send(java.net.http.HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/grades/grouping"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grouping\":\"WEEK\"}"))
                .header("Content-Type", "application/json").header("Accept-Language", "es"), "Authorization", "Bearer " + teacher);
        assertThat(enEspanol.json().get("detail").asText()).isEqualTo(
                "grouping: debe ser STANDARD (una columna por estándar) o PERIOD (una columna por periodo de planificación)");
        assertThat(enEspanol.json().get("errors").get(0).get("message").asText()).startsWith("debe ser STANDARD");
    }

    private JsonNode column(String teacher, String labelStart) {
        JsonNode overview = sandbox.ok(sandbox.get("/api/v1/courses/current/grades", teacher));
        assertThat(overview.get("gradebook").asBoolean()).as(overview.toString()).isTrue();
        return StreamSupport.stream(overview.get("columns").spliterator(), false)
                .filter(c -> c.get("label").asText().startsWith(labelStart)).findFirst().orElse(null);
    }

    static void insertLineItem(Connection c, UUID id, SandboxCourse.CourseRow course, String label, URI lineItems) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO line_item (id, registration_id, course_id, kind, subject_id, line_items_url, tag, resource_id,
                                       label, score_maximum, created_at, updated_at)
                VALUES (?, ?, ?, 'STANDARD', ?, ?, 'cairn-standard', ?, ?, 4, ?, ?)""")) {
            UUID subject = UUID.randomUUID();
            var now = Instant.now().atOffset(ZoneOffset.UTC);
            insert.setObject(1, id);
            insert.setObject(2, course.registrationId());
            insert.setObject(3, course.courseId());
            insert.setObject(4, subject);
            insert.setString(5, lineItems.toString());
            insert.setString(6, "cairn:standard:" + subject);
            insert.setString(7, label);
            insert.setObject(8, now);
            insert.setObject(9, now);
            insert.executeUpdate();
        }
    }

    static void insertDelivery(Connection c, UUID id, SandboxCourse.CourseRow course, UUID lineItem, String userSub) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO score_delivery (id, registration_id, course_id, line_item_id, user_sub, score_given, score_maximum,
                                            score_timestamp, status, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 3, 4, ?, 'PENDING', 0, ?, ?)""")) {
            var now = Instant.now().atOffset(ZoneOffset.UTC);
            insert.setObject(1, id);
            insert.setObject(2, course.registrationId());
            insert.setObject(3, course.courseId());
            insert.setObject(4, lineItem);
            insert.setString(5, userSub);
            insert.setObject(6, now);
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.executeUpdate();
        }
    }
}
