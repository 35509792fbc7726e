package org.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern IFRAME_SRC = Pattern.compile("<iframe[^>]*id=\"sbx-tool-frame\"[^>]*src=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"cairn-boot\">(.*?)</script>",
            Pattern.DOTALL);

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
