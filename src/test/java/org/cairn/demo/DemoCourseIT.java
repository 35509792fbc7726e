package org.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern IFRAME_SRC = Pattern.compile("<iframe[^>]*id=\"sbx-tool-frame\"[^>]*src=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"cairn-boot\">(.*?)</script>",
            Pattern.DOTALL);

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
        URI sandbox = URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox/courses/"
                + DemoCourses.DEMO_COURSE_ID + placementPath + "?as=" + sandboxUser);
        // The sandbox registers itself with Cairn in the background after start-up.
        Http.Reply course = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(sandbox), r -> r.status() == 200 && IFRAME_SRC.matcher(r.body()).find());
        String sandboxCookie = cookie(course.header("Set-Cookie"));
        Matcher src = IFRAME_SRC.matcher(course.body());
        assertThat(src.find()).isTrue();
        // An HTTP client has no postMessage: leave out lti_storage_target so the state rides the cookie
        // (LaunchBrowserIT covers platform storage in a real browser).
        String loginUrl = unescape(src.group(1)).replaceAll("&lti_storage_target=[^&]*", "");

        Http.Reply login = http.get(URI.create(loginUrl));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        String stateCookie = cookie(login.header("Set-Cookie"));

        Http.Reply auth = sandboxCookie == null ? http.get(URI.create(login.header("Location")))
                : http.get(URI.create(login.header("Location")), "Cookie", sandboxCookie);
        assertThat(auth.status()).as(auth.toString()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(auth.body());
        assertThat(action.find()).as(auth.body()).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(auth.body());
        while (hidden.find()) form.put(hidden.group(1), unescape(hidden.group(2)));
        assertThat(form).containsKeys("id_token", "state");

        Http.Reply page = http.postForm(URI.create(unescape(action.group(1))), form, "Cookie", stateCookie);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher boot = BOOT.matcher(page.body());
        assertThat(boot.find()).as(page.body()).isTrue();
        String json = boot.group(1).replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&");
        return Http.JSON.readTree(json).get("token").asText();
    }

    private JsonNode bearer(String path, String token) {
        Http.Reply reply = http.get(cairn.uri(path), "Authorization", "Bearer " + token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String cookie(String setCookie) {
        return setCookie == null ? null : setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
