package org.cairn.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.sandbox.entity.DemoCourses;

/**
 * Plays the browser over plain HTTP through the sandbox's demo course: the sandbox course page, Cairn's login
 * initiation, the sandbox's OIDC authorization, Cairn's launch; returns the session token of the launched page.
 */
public final class SandboxLaunch {

    private static final Pattern IFRAME_SRC = Pattern.compile("<iframe[^>]*id=\"sbx-tool-frame\"[^>]*src=\"([^\"]+)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"cairn-boot\">(.*?)</script>",
            Pattern.DOTALL);

    private SandboxLaunch() {
    }

    /**
     * The session of this token reads Spanish from now on, as a launch from an LMS that speaks Spanish would make it:
     * the sandbox's teachers all speak English, and what a page reads in the session's language is tested this way.
     */
    public static void speakingSpanish(CairnServer cairn, String token) throws java.sql.SQLException {
        try (java.sql.Connection db = cairn.database().connect();
             java.sql.PreparedStatement update = db.prepareStatement(
                     "UPDATE course_session SET locale = 'es' WHERE token_hash = ?")) {
            update.setString(1, org.cairn.infra.security.OpaqueTokens.sha256Hex(token));
            assertThat(update.executeUpdate()).as("the session of the token").isEqualTo(1);
        }
    }

    /** {@code placementPath} is "/cairn" (course navigation) or "/links/{id}" (a module's resource link). */
    public static String sessionToken(CairnServer cairn, Http http, String sandboxUser, String placementPath)
            throws Exception {
        return sessionToken(cairn, http, DemoCourses.DEMO_COURSE_ID, sandboxUser, placementPath);
    }

    /** The same in another sandbox course (a practice course from {@code POST /sandbox/api/courses}). */
    public static String sessionToken(CairnServer cairn, Http http, String courseId, String sandboxUser,
                                      String placementPath) throws Exception {
        URI sandbox = URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox/courses/"
                + courseId + placementPath + "?as=" + sandboxUser);
        // The sandbox registers itself with Cairn in the background after start-up.
        Http.Reply course = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(sandbox), r -> r.status() == 200 && IFRAME_SRC.matcher(r.body()).find());
        // The sandbox's cookie is Secure, which java.net.http never sends over http: pass it by hand.
        String sandboxCookie = cookie(course.header("Set-Cookie"));
        Matcher src = IFRAME_SRC.matcher(course.body());
        assertThat(src.find()).isTrue();
        // An HTTP client has no postMessage: leave out lti_storage_target so the state rides the cookie
        // (LaunchStorageBrowserIT covers platform storage in a real browser).
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

    private static String cookie(String setCookie) {
        return setCookie == null ? null : setCookie.substring(0, setCookie.indexOf(';'));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
