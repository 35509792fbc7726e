package org.cairn.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.cairn.testing.SandboxLaunch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Roster sync by NRPS differences, end to end against the sandbox LMS: each test has its own practice course
 * (the demo course's people), whose members join and leave through the sandbox's admin API, so the sandbox's
 * {@code rel="differences"} URLs have something to report and the demo course stays as other tests expect.
 */
class RosterDifferencesIT {

    private static final String LEAVER = "sbx-student-03";

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private final String sandbox = "http://127.0.0.1:" + cairn.port() + "/sandbox";

    @AfterEach
    void disarmFaults() {
        http.send(HttpRequest.newBuilder(URI.create(sandbox + "/api/faults")).DELETE());
    }

    @Test
    void theSyncAfterAFullOneReadsOnlyTheChanges() throws Exception {
        Course course = launchedAndSyncedOnce();
        assertThat(course.firstSync.get("mode").asText()).isEqualTo("FULL");
        assertThat(course.firstSync.get("fullReason").asText()).isEqualTo("NO_DIFFERENCES_URL");
        String joiner = joinAndLeave(course);

        JsonNode sync = syncNow(course, "");

        assertThat(sync.get("status").asText()).as(sync.toString()).isEqualTo("SUCCEEDED");
        assertThat(sync.get("mode").asText()).isEqualTo("DIFFERENCES");
        assertThat(sync.hasNonNull("fullReason")).isFalse();
        assertThat(sync.get("membersSeen").asInt()).as("only the two who changed").isEqualTo(2);
        assertThat(sync.get("activeMembers").asInt()).isEqualTo(course.firstSync.get("activeMembers").asInt());
        assertThat(differencesReads(course)).isNotEmpty();
        assertThat(enrollment(course, LEAVER)).as("kept, inactive").contains(false);
        assertThat(enrollment(course, joiner)).contains(true);
        assertThat(enrollment(course, "sbx-student-01")).contains(true);
        assertThat(enrollment(course, DemoCourses.TEACHER_ID)).contains(true);
        List<String> people = StreamSupport.stream(bearer(course, "/api/v1/courses/current/people").spliterator(), false)
                .map(p -> p.get("sub").asText()).toList();
        assertThat(people).contains(joiner, "sbx-student-01").doesNotContain(LEAVER);
    }

    @Test
    void aMalformedDifferencesAnswerFallsBackToAFullSyncAndSaysWhy() throws Exception {
        Course course = launchedAndSyncedOnce();
        String joiner = joinAndLeave(course);
        arm("{\"target\": \"differences\", \"kind\": \"malformed\", \"count\": 1}");

        JsonNode sync = syncNow(course, "");

        assertThat(sync.get("status").asText()).as(sync.toString()).isEqualTo("SUCCEEDED");
        assertThat(sync.get("mode").asText()).isEqualTo("FULL");
        assertThat(sync.get("fullReason").asText()).isEqualTo("DIFFERENCES_FAILED");
        assertThat(sync.get("differencesFailure").asText()).contains("not valid JSON");
        assertThat(differencesReads(course)).as("the differences URL was asked first").isNotEmpty();
        speaksSpanish(course);
        assertThat(bearer(course, "/api/v1/courses/current/roster/sync").get("differencesFailure").asText())
                .startsWith("La página de membresía ").contains("no es JSON válido");
        assertThat(enrollment(course, LEAVER)).contains(false);
        assertThat(enrollment(course, joiner)).contains(true);
        assertThat(enrollment(course, "sbx-student-01")).contains(true);
    }

    @Test
    void aDifferencesUrlAnswering500FallsBackToAFullSync() throws Exception {
        Course course = launchedAndSyncedOnce();
        String joiner = joinAndLeave(course);
        // The first call and the client's in-place retries (cairn.nrps.retries, 3) all answer 500.
        arm("{\"target\": \"differences\", \"kind\": \"500\", \"count\": 4}");

        JsonNode sync = syncNow(course, "");

        assertThat(sync.get("status").asText()).as(sync.toString()).isEqualTo("SUCCEEDED");
        assertThat(sync.get("fullReason").asText()).isEqualTo("DIFFERENCES_FAILED");
        assertThat(sync.get("differencesFailure").asText()).contains("500");
        assertThat(enrollment(course, LEAVER)).contains(false);
        assertThat(enrollment(course, joiner)).contains(true);
    }

    @Test
    void whyASyncFailedReadsInTheTeachersLanguageWithTheLmsWordsAsTheyCame() throws Exception {
        Course course = launchedAndSyncedOnce();
        // The first call and the client's in-place retries (cairn.nrps.retries, 3) all answer 500: nothing is read.
        arm("{\"target\": \"nrps\", \"kind\": \"500\", \"count\": 4}");

        JsonNode failed = syncNow(course, "?full=true");

        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("message").asText()).contains(": the LMS failed with HTTP 500: ").contains("unavailable");
        speaksSpanish(course);
        assertThat(bearer(course, "/api/v1/courses/current/roster/sync").get("message").asText())
                .contains(": el LMS falló con HTTP 500: ").contains("unavailable");
    }

    @Test
    void aTeacherCanAskForTheWholeRosterWhenDifferencesAreOffered() throws Exception {
        Course course = launchedAndSyncedOnce();

        JsonNode sync = syncNow(course, "?full=true");

        assertThat(sync.get("mode").asText()).as(sync.toString()).isEqualTo("FULL");
        assertThat(sync.get("fullReason").asText()).isEqualTo("REQUESTED");
        assertThat(differencesReads(course)).isEmpty();
        assertThat(syncNow(course, "").get("mode").asText()).as("differences again after it").isEqualTo("DIFFERENCES");
    }

    private record Course(String id, String token, JsonNode firstSync) {
    }

    /** A new practice course, its teacher's launch, and the full sync that launch starts. */
    private Course launchedAndSyncedOnce() throws Exception {
        Http.Reply created = http.post(URI.create(sandbox + "/api/courses"), "application/json",
                "{\"title\": \"Differences practice\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("courseId").asText();
        String token = SandboxLaunch.sessionToken(cairn, http, id, DemoCourses.TEACHER_ID, "/cairn");
        Course course = new Course(id, token, null);
        JsonNode first = finished(course);
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
        return new Course(id, token, first);
    }

    /** One student leaves the sandbox course and a new one joins; returns the newcomer's id. */
    private String joinAndLeave(Course course) {
        Http.Reply left = http.send(HttpRequest.newBuilder(URI.create(sandbox + "/api/courses/" + course.id()
                + "/roster/" + LEAVER)).DELETE());
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        String joiner = "sbx-new-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply joined = http.send(HttpRequest.newBuilder(URI.create(sandbox + "/api/courses/" + course.id()
                        + "/roster/" + joiner)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"givenName\": \"Nadia\", \"familyName\": \"Okoye\", "
                        + "\"role\": \"student\"}")));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        return joiner;
    }

    private void arm(String fault) {
        Http.Reply armed = http.post(URI.create(sandbox + "/api/faults"), "application/json", fault);
        assertThat(armed.status()).as(armed.toString()).isEqualTo(201);
    }

    /** "Sync roster now" (with {@code query}), then the sync's outcome. */
    private JsonNode syncNow(Course course, String query) {
        Http.Reply reply = http.post(cairn.uri("/api/v1/courses/current/roster/sync" + query), "application/json", "",
                "Authorization", "Bearer " + course.token());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return finished(course);
    }

    private JsonNode finished(Course course) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> bearer(course, "/api/v1/courses/current/roster/sync"),
                        s -> s.get("status").asText().equals("SUCCEEDED") || s.get("status").asText().equals("FAILED"));
    }

    private JsonNode bearer(Course course, String path) {
        Http.Reply reply = http.get(cairn.uri(path), "Authorization", "Bearer " + course.token());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The NRPS reads of the course's differences URL that the sandbox answered. */
    private List<JsonNode> differencesReads(Course course) {
        Http.Reply roster = http.get(URI.create(sandbox + "/api/courses/" + course.id() + "/roster"));
        assertThat(roster.status()).as(roster.toString()).isEqualTo(200);
        return StreamSupport.stream(roster.json().get("reads").spliterator(), false)
                .filter(r -> r.get("differences").asBoolean()).toList();
    }

    private void speaksSpanish(Course course) throws Exception {
        SandboxLaunch.speakingSpanish(cairn, course.token());
    }

    /** Whether the person's enrollment in the course is active; empty when there is no row at all. */
    private Optional<Boolean> enrollment(Course course, String sub) throws Exception {
        try (Connection db = cairn.database().connect();
             PreparedStatement query = db.prepareStatement("SELECT e.active FROM enrollment e "
                     + "JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id "
                     + "WHERE c.context_id = ? AND p.sub = ?")) {
            query.setString(1, course.id());
            query.setString(2, sub);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty();
            }
        }
    }
}
