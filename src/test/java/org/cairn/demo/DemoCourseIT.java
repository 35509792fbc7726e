package org.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The README's promise, over real HTTP: the sandbox LMS registers itself with Cairn through Dynamic
 * Registration, its "Cairn" course menu item launches the teacher with a real signed id_token, and Cairn reads
 * the 24 students from the sandbox's roster service (NRPS with a client-credentials token) in the background.
 */
class DemoCourseIT {

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @Test
    void theTeacherLaunchFromTheSandboxShowsTheWholeClassFromTheLmsRoster() throws Exception {
        String token = launchAsTeacher();

        JsonNode sync = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> bearer("/api/v1/courses/current/roster/sync", token),
                        s -> s.get("status").asText().equals("SUCCEEDED") || s.get("status").asText().equals("FAILED"));
        assertThat(sync.get("status").asText()).as(sync.toString()).isEqualTo("SUCCEEDED");
        assertThat(sync.get("lastSuccessAt").isNull()).isFalse();

        JsonNode people = bearer("/api/v1/courses/current/people", token);
        List<JsonNode> members = StreamSupport.stream(people.spliterator(), false).toList();
        assertThat(members.stream().filter(p -> p.get("role").asText().equals("STUDENT"))).hasSize(24);
        assertThat(members.stream().filter(p -> p.get("role").asText().equals("TEACHER")).map(p -> p.get("name").asText()))
                .contains("Elena Rivera", "Jordan Brooks");
        assertThat(members.stream().map(p -> p.get("name").asText())).contains("Sofía Hernández", "Elif Yılmaz");
    }

    @Test
    void aSecondSyncRequestWhileOneRunsOrRightAfterIsAnsweredClearly() throws Exception {
        String token = launchAsTeacher();
        var reply = http.post(cairn.uri("/api/v1/courses/current/roster/sync"), "application/json", "",
                "Authorization", "Bearer " + token);
        assertThat(reply.status()).as(reply.toString()).isIn(202, 409);
        if (reply.status() == 409) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asText()).contains("already under way");
        }
    }

    @Test
    void studentsCannotReadTheRosterSync() throws Exception {
        String teacher = launchAsTeacher();
        assertThat(teacher).isNotBlank();
        String student = launch(DemoCourses.demo().members().stream()
                .filter(u -> u.id().startsWith("sbx-student-")).findFirst().orElseThrow().id(),
                "/links/" + DemoCourses.PLAN_LINK_ID);
        var reply = http.get(cairn.uri("/api/v1/courses/current/roster/sync"), "Authorization", "Bearer " + student);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(http.post(cairn.uri("/api/v1/courses/current/roster/sync"), "application/json", "",
                "Authorization", "Bearer " + student).status()).isEqualTo(403);
    }

    private String launchAsTeacher() throws Exception {
        return launch(DemoCourses.TEACHER_ID, "/cairn");
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
