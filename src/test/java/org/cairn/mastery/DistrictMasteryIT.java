package org.cairn.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The district recompute and the per-standard summary through the operator API, on rows seeded straight into the
 * database Cairn runs on (H2 and PostgreSQL): a tenant of two schools (deployments), three courses, one of them on
 * its own three-level scale, an inactive student and a standard no course chose.
 */
class DistrictMasteryIT {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-11-27T12:00:00Z"));

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private final String operator = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
    private final UUID registration = UUID.randomUUID();
    private final UUID schoolA = UUID.randomUUID();
    private final UUID schoolB = UUID.randomUUID();
    private final UUID a1 = UUID.randomUUID();
    private final UUID a2 = UUID.randomUUID();
    private final UUID b1 = UUID.randomUUID();
    private final UUID s1 = UUID.randomUUID();
    private final UUID s2 = UUID.randomUUID();
    private final UUID unchosen = UUID.randomUUID();

    private static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            s.executeUpdate();
        }
    }

    @BeforeEach
    void seed() throws SQLException {
        try (Connection c = cairn.database().connect()) {
            run(c, "INSERT INTO registration (id, issuer, client_id, name, platform_family, authorization_endpoint, jwks_uri,"
                    + " allowed_algorithms, status, unknown_deployment_policy, source, created_at, updated_at, version)"
                    + " VALUES (?, ?, 'district', 'District', 'canvas', 'https://lms/auth', 'https://lms/jwks', 'RS256',"
                    + " 'ACTIVE', 'REFUSE', 'MANUAL', ?, ?, 0)", registration, "https://district.example/" + registration, NOW, NOW);
            for (UUID school : new UUID[] {schoolA, schoolB}) {
                run(c, "INSERT INTO deployment (id, registration_id, deployment_id, status, created_by, created_at, updated_at,"
                        + " version) VALUES (?, ?, ?, 'ACTIVE', 'OPERATOR', ?, ?, 0)", school, registration, school.toString(), NOW, NOW);
            }
            course(c, a1, schoolA);
            course(c, a2, schoolA);
            course(c, b1, schoolB);
            UUID framework = UUID.randomUUID();
            run(c, "INSERT INTO framework (id, registration_id, identifier, title, source, imported_at, imported_by, version)"
                    + " VALUES (?, ?, ?, 'Math', 'CASE', ?, 'admin', 0)", framework, registration, framework.toString(), NOW);
            int sequence = 0;
            for (UUID standard : new UUID[] {s1, s2, unchosen}) {
                sequence++;
                run(c, "INSERT INTO standard (id, framework_id, identifier, code, statement, type, sequence_number, retired,"
                        + " version) VALUES (?, ?, ?, ?, ?, 'STANDARD', ?, FALSE, 0)", standard, framework, "i" + sequence,
                        "NF." + sequence, "Standard " + sequence, sequence);
            }
            chosen(c, a1, s1, 1);
            chosen(c, a1, s2, 2);
            chosen(c, a2, s1, 1);
            chosen(c, b1, s1, 1);
            // A2's own scale: mastery at 2 of 1–3.
            UUID scale = UUID.randomUUID();
            run(c, "INSERT INTO mastery_scale (id, registration_id, course_id, name, updated_at, version) VALUES (?, ?, ?,"
                    + " 'Three', ?, 0)", scale, registration, a2.toString(), NOW);
            run(c, "INSERT INTO mastery_scale_level (scale_id, ordinal, points, label, colour, mastery) VALUES"
                    + " (?, 1, 1, 'Not yet', '#f4c7c3', FALSE), (?, 2, 2, 'Got it', '#b7e1cd', TRUE),"
                    + " (?, 3, 3, 'Beyond', '#8fc1e3', FALSE)", scale, scale, scale);
            UUID ana = student(c, a1, true);
            UUID ben = student(c, a1, true);
            UUID cy = student(c, a1, false);
            UUID dee = student(c, a2, true);
            UUID eve = student(c, b1, true);
            evidence(c, a1, ana, s1, 3, 1);
            evidence(c, a1, ana, s1, 4, 2); // decaying average 3.65 → Advanced
            evidence(c, a1, ben, s1, 2, 1);
            evidence(c, a1, cy, s1, 4, 1); // inactive: recomputed, left out of the summary
            evidence(c, a1, ana, s2, 1, 1);
            evidence(c, a1, ana, unchosen, 4, 1); // no course chose it: recomputed, not summarized
            evidence(c, a2, dee, s1, 2, 1); // "Got it": mastery on A2's scale
            evidence(c, b1, eve, s1, 3, 1);
        }
    }

    private void course(Connection c, UUID course, UUID school) throws SQLException {
        run(c, "INSERT INTO course (id, registration_id, deployment_id, context_id, title, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, 'Course', ?, ?, 0)", course, registration, school, course.toString(), NOW, NOW);
    }

    private void chosen(Connection c, UUID course, UUID standard, int ordinal) throws SQLException {
        run(c, "INSERT INTO course_standard (id, registration_id, course_id, standard_id, ordinal, category, version)"
                + " VALUES (?, ?, ?, ?, ?, 'ACADEMIC', 0)", UUID.randomUUID(), registration, course, standard, ordinal);
    }

    private UUID student(Connection c, UUID course, boolean active) throws SQLException {
        UUID person = UUID.randomUUID();
        run(c, "INSERT INTO person (id, registration_id, sub, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 0)",
                person, registration, person.toString(), NOW, NOW);
        run(c, "INSERT INTO enrollment (id, course_id, person_id, role, lti_roles, active, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, 'STUDENT', 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner', ?, ?, ?, 0)",
                UUID.randomUUID(), course, person, active, NOW, NOW);
        return person;
    }

    private void evidence(Connection c, UUID course, UUID student, UUID standard, double points, int day) throws SQLException {
        run(c, "INSERT INTO evidence (id, registration_id, course_id, student_id, standard_id, points, observed_on,"
                + " recorded_at, source, author, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ASSESSMENT', 'teacher',"
                + " 'RECORDED', 0)", UUID.randomUUID(), registration, course, student, standard, points,
                LocalDate.of(2026, 10, day), NOW);
    }

    private static JsonNode json(String text) {
        try {
            return Http.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private URI recomputeUri() {
        return cairn.uri("/api/v1/admin/registrations/" + registration + "/mastery/recompute");
    }

    private Http.Reply startRecompute() {
        return http.post(recomputeUri(), "application/json", "", "Authorization", operator);
    }

    /** Starts a recompute and follows it to its end, as an operator's script would. */
    private JsonNode recompute() {
        Http.Reply started = startRecompute();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(URI.create(started.header("Location")).getPath()).isEqualTo(recomputeUri().getPath());
        JsonNode[] last = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Http.Reply status = http.get(recomputeUri(), "Authorization", operator);
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            last[0] = status.json();
            return !"RUNNING".equals(last[0].get("status").asText());
        });
        return last[0];
    }

    private void runRow(String status, Instant updatedAt) throws SQLException {
        try (Connection c = cairn.database().connect()) {
            run(c, "INSERT INTO mastery_recompute_run (registration_id, status, courses_total, courses_done, pairs, written,"
                    + " started_at, updated_at) VALUES (?, ?, 1430, 200, 40000, 0, ?, ?)", registration, status,
                    Timestamp.from(updatedAt.minusSeconds(60)), Timestamp.from(updatedAt));
        }
    }

    private Http.Reply standards(String query) {
        return http.get(cairn.uri("/api/v1/admin/registrations/" + registration + "/mastery/standards" + query),
                "Authorization", operator);
    }

    @Test
    void recomputesEveryCourseOfTheDistrictInTheBackgroundAndRewritesNothingTheSecondTime() {
        JsonNode first = recompute();
        assertThat(first.get("status").asText()).isEqualTo("DONE");
        assertThat(first.get("courses").asInt()).isEqualTo(3);
        assertThat(first.get("coursesDone").asInt()).isEqualTo(3);
        assertThat(first.get("pairs").asInt()).isEqualTo(7);
        assertThat(first.get("written").asInt()).isEqualTo(7);
        assertThat(first.get("failedCourses")).isEmpty();
        assertThat(first.get("finishedAt").isNull()).isFalse();

        JsonNode second = recompute();
        assertThat(second.get("pairs").asInt()).isEqualTo(7);
        assertThat(second.get("written").asInt()).isZero();
    }

    @Test
    void aSecondRecomputeWhileOneIsRunningIsRefusedAndTheRunningOneIsUntouched() throws SQLException {
        runRow("RUNNING", Instant.now());

        Http.Reply refused = startRecompute();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("already running");
        JsonNode status = http.get(recomputeUri(), "Authorization", operator).json();
        assertThat(status.get("status").asText()).isEqualTo("RUNNING");
        assertThat(status.get("coursesDone").asInt()).isEqualTo(200);
    }

    @Test
    void aRunSilentForTenMinutesWasCutShortAndANewOneTakesItsPlace() throws SQLException {
        runRow("RUNNING", Instant.now().minus(Duration.ofMinutes(11)));

        JsonNode done = recompute();

        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("courses").asInt()).isEqualTo(3);
    }

    @Test
    void whyARunStoppedReadsInTheOperatorsLanguageAndARunThatStoppedBeforeReadsAsWritten() throws SQLException {
        runRow("FAILED", Instant.now());
        try (Connection c = cairn.database().connect()) {
            // As DistrictRecomputeJobs keeps it when the walk throws.
            run(c, "UPDATE mastery_recompute_run SET message_phrase = ? WHERE registration_id = ?",
                    org.cairn.infra.i18n.PhraseText.write(org.cairn.infra.i18n.Phrase.of("mastery.server.recomputeStopped",
                            "IllegalStateException")), registration);
        }

        assertThat(http.get(recomputeUri(), "Authorization", operator).json().get("message").asText())
                .startsWith("The recompute stopped (IllegalStateException): the courses already walked are recomputed");
        Http.Reply spanish = http.get(recomputeUri(), "Authorization", operator, "Accept-Language", "es");
        assertThat(spanish.json().get("message").asText())
                .startsWith("El recálculo se detuvo (IllegalStateException): los cursos ya recorridos están recalculados");

        try (Connection c = cairn.database().connect()) {
            run(c, "UPDATE mastery_recompute_run SET message_phrase = NULL, message = 'the courses could not be listed'"
                    + " WHERE registration_id = ?", registration);
        }
        assertThat(http.get(recomputeUri(), "Authorization", operator, "Accept-Language", "es").json().get("message")
                .asText()).isEqualTo("the courses could not be listed");
    }

    @Test
    void aRegistrationNeverRecomputedHasNoRunToShow() {
        Http.Reply none = http.get(recomputeUri(), "Authorization", operator);

        assertThat(none.status()).as(none.toString()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }

    @Test
    void summarizesASchoolPerPrioritizedStandardJudgingEachCourseByItsScale() {
        assertThat(recompute().get("status").asText()).isEqualTo("DONE");

        Http.Reply school = standards("?deployment=" + schoolA);

        assertThat(school.status()).as(school.toString()).isEqualTo(200);
        JsonNode standards = school.json();
        assertThat(standards).hasSize(2);
        JsonNode first = standards.get(0);
        assertThat(first.get("standardId").asText()).isEqualTo(s1.toString());
        assertThat(first.get("code").asText()).isEqualTo("NF.1");
        assertThat(first.get("courses").asInt()).isEqualTo(2);
        assertThat(first.get("students").asInt()).isEqualTo(3);
        assertThat(first.get("withLevel").asInt()).isEqualTo(3);
        assertThat(first.get("atMastery").asInt()).isEqualTo(2);
        assertThat(first.get("percentAtMastery").asDouble()).isEqualTo(66.7);
        assertThat(first.get("levels")).isEqualTo(json("[{\"points\": 2.0, \"label\": \"Developing\", \"students\": 1},"
                + " {\"points\": 2.0, \"label\": \"Got it\", \"students\": 1}, {\"points\": 4.0, \"label\": \"Advanced\", \"students\": 1}]"));
        // On a Spanish page Cairn's four levels read in Spanish; a course's own scale keeps its words.
        JsonNode spanish = http.get(cairn.uri("/api/v1/admin/registrations/" + registration + "/mastery/standards"
                + "?deployment=" + schoolA), "Authorization", operator, "Accept-Language", "es").json().get(0);
        assertThat(spanish.get("levels").findValuesAsText("label")).containsExactly("En desarrollo", "Got it", "Avanzado");
        JsonNode second = standards.get(1);
        assertThat(second.get("code").asText()).isEqualTo("NF.2");
        assertThat(second.get("students").asInt()).isEqualTo(2);
        assertThat(second.get("withLevel").asInt()).isEqualTo(1);
        assertThat(second.get("atMastery").asInt()).isZero();
    }

    @Test
    void summarizesTheWholeDistrictWithoutADeployment() {
        assertThat(recompute().get("status").asText()).isEqualTo("DONE");

        JsonNode first = standards("").json().get(0);

        assertThat(first.get("courses").asInt()).isEqualTo(3);
        assertThat(first.get("students").asInt()).isEqualTo(4);
        assertThat(first.get("withLevel").asInt()).isEqualTo(4);
        assertThat(first.get("atMastery").asInt()).isEqualTo(3);
        assertThat(first.get("percentAtMastery").asDouble()).isEqualTo(75.0);
    }

    @Test
    void anotherRegistrationsDeploymentIsNotFound() {
        assertThat(standards("?deployment=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(http.get(cairn.uri("/api/v1/admin/registrations/" + UUID.randomUUID() + "/mastery/standards"),
                "Authorization", operator).status()).isEqualTo(404);
    }

    @Test
    void needsTheOperator() {
        assertThat(http.get(cairn.uri("/api/v1/admin/registrations/" + registration + "/mastery/standards")).status())
                .isEqualTo(401);
        assertThat(http.get(recomputeUri()).status()).isEqualTo(401);
        assertThat(http.post(recomputeUri(), "application/json", "").status()).isEqualTo(401);
    }
}
