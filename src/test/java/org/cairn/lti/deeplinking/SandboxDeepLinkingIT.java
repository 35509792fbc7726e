package org.cairn.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.sandbox.entity.DemoCourses;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The Deep Linking round trip with the sandbox LMS over real HTTP: the teacher's "Add content from Cairn" opens
 * Cairn's selection page, the signed response goes back to the sandbox (which checks it with Cairn's JWKS and puts
 * the link in the module), and a student who opens the new link lands on their plan, or on one unit of it.
 */
class SandboxDeepLinkingIT {

    private static final Pattern IFRAME_SRC = Pattern.compile("<iframe[^>]*id=\"sbx-tool-frame\"[^>]*src=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile("action=\"/sandbox/courses/" + DemoCourses.DEMO_COURSE_ID
            + "/items/([0-9a-f-]{36})\"><span class=\"sbx-item-title\">([^<]*)</span>");
    private static final Pattern BOOT = Pattern.compile("<script type=\"application/json\" id=\"cairn-boot\">(.*?)</script>",
            Pattern.DOTALL);

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();

    @Test
    void aTeacherAddsMyLearningPlanAndAStudentWhoOpensItLandsOnTheirPlan() throws Exception {
        java.util.Set<String> before = items().keySet();

        Http.Reply selection = launch("/deep-linking", null);
        assertThat(selection.status()).as(selection.body()).isEqualTo(200);
        assertThat(selection.body()).contains("Add Cairn to your course");
        String ticket = DeepLinkingIT.hidden(selection).get("ticket");

        Http.Reply answer = http.post(cairn.uri("/lti/deep-linking/response"), "application/x-www-form-urlencoded",
                "action=add&item=plan&ticket=" + java.net.URLEncoder.encode(ticket, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Matcher action = Pattern.compile("<form id=\"dl-return\" method=\"post\" action=\"([^\"]+)\"").matcher(answer.body());
        assertThat(action.find()).isTrue();
        URI returnUrl = URI.create(DeepLinkingIT.unescape(action.group(1)));
        assertThat(returnUrl.toString()).isEqualTo("http://127.0.0.1:" + cairn.port() + "/sandbox/deep-linking/return");

        Http.Reply added = http.postForm(returnUrl, Map.of("JWT", DeepLinkingIT.hidden(answer).get("JWT")));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("The tool added 1 items");

        Map<String, String> now = items();
        now.keySet().removeAll(before);
        assertThat(now).hasSize(1).containsValue("My learning plan");
        String item = now.keySet().iterator().next();

        Http.Reply plan = launch("/items/" + item, "sbx-student-03");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.body()).contains("<cairn-my-plan");
        JsonNode boot = boot(plan);
        assertThat(boot.get("view").asText()).isEqualTo("plan");
        assertThat(boot.get("role").asText()).isEqualTo("student");
        Http.Reply session = http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + boot.get("token").asText());
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("role").asText()).isEqualToIgnoringCase("student");
    }

    @Test
    void aTeacherAddsTheirUnitsPlanAndAStudentWhoOpensItLandsOnThatUnit() throws Exception {
        java.util.Set<String> before = items().keySet();

        // The demo course's prioritized standards come in three units, seeded with its first roster sync, which the
        // teacher's launch from the course menu starts.
        org.cairn.testing.SandboxLaunch.sessionToken(cairn, http, DemoCourses.DEMO_COURSE_ID, DemoCourses.TEACHER_ID, "/cairn");
        Pattern unitChoice = Pattern.compile("value=\"(unit-\\d+)\"> <label for=\"dl-item-unit-\\d+\">My learning plan: "
                + "Expressions</label>");
        Http.Reply selection = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> launch("/deep-linking", null), r -> r.status() == 200 && unitChoice.matcher(r.body()).find());
        Matcher choice = unitChoice.matcher(selection.body());
        assertThat(choice.find()).isTrue();
        String ticket = DeepLinkingIT.hidden(selection).get("ticket");

        Http.Reply answer = http.post(cairn.uri("/lti/deep-linking/response"), "application/x-www-form-urlencoded",
                "action=add&item=" + choice.group(1) + "&ticket="
                        + java.net.URLEncoder.encode(ticket, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Matcher action = Pattern.compile("<form id=\"dl-return\" method=\"post\" action=\"([^\"]+)\"").matcher(answer.body());
        assertThat(action.find()).isTrue();
        Http.Reply added = http.postForm(URI.create(DeepLinkingIT.unescape(action.group(1))),
                Map.of("JWT", DeepLinkingIT.hidden(answer).get("JWT")));
        assertThat(added.status()).as(added.body()).isEqualTo(200);

        Map<String, String> now = items();
        now.keySet().removeAll(before);
        assertThat(now).hasSize(1).containsValue("My learning plan: Expressions");

        Http.Reply plan = launch("/items/" + now.keySet().iterator().next(), "sbx-student-03");
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat(plan.body()).contains("<cairn-my-plan");
        JsonNode boot = boot(plan);
        assertThat(boot.get("view").asText()).isEqualTo("plan");
        assertThat(boot.get("unit").asText()).isEqualTo("Expressions");
        assertThat(boot.get("role").asText()).isEqualTo("student");
    }

    private Map<String, String> items() {
        Http.Reply course = http.get(URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox/courses/"
                + DemoCourses.DEMO_COURSE_ID));
        Map<String, String> items = new LinkedHashMap<>();
        Matcher m = ITEM.matcher(course.body());
        while (m.find()) items.put(m.group(1), DeepLinkingIT.unescape(m.group(2)));
        return items;
    }

    /** Plays the browser through sandbox page, Cairn login, sandbox authorization and Cairn launch. */
    private Http.Reply launch(String placementPath, String as) {
        URI sandbox = URI.create("http://127.0.0.1:" + cairn.port() + "/sandbox/courses/"
                + DemoCourses.DEMO_COURSE_ID + placementPath + (as == null ? "" : "?as=" + as));
        Http.Reply course = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(sandbox), r -> r.status() == 200 && IFRAME_SRC.matcher(r.body()).find());
        String setCookie = course.header("Set-Cookie");
        String sandboxCookie = setCookie == null ? null : setCookie.substring(0, setCookie.indexOf(';'));
        Matcher src = IFRAME_SRC.matcher(course.body());
        assertThat(src.find()).isTrue();
        // No postMessage in an HTTP client: the state rides the cookie (LaunchStorageBrowserIT covers storage).
        String loginUrl = DeepLinkingIT.unescape(src.group(1)).replaceAll("&lti_storage_target=[^&]*", "");
        Http.Reply login = http.get(URI.create(loginUrl));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        String stateCookie = login.header("Set-Cookie").substring(0, login.header("Set-Cookie").indexOf(';'));
        Http.Reply auth = sandboxCookie == null ? http.get(URI.create(login.header("Location")))
                : http.get(URI.create(login.header("Location")), "Cookie", sandboxCookie);
        assertThat(auth.status()).as(auth.toString()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(auth.body());
        assertThat(action.find()).as(auth.body()).isTrue();
        Map<String, String> form = DeepLinkingIT.hidden(auth);
        assertThat(form).containsKeys("id_token", "state");
        return http.postForm(URI.create(DeepLinkingIT.unescape(action.group(1))), form, "Cookie", stateCookie);
    }

    private static JsonNode boot(Http.Reply page) throws Exception {
        Matcher boot = BOOT.matcher(page.body());
        assertThat(boot.find()).as(page.body()).isTrue();
        return Http.JSON.readTree(boot.group(1).replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&"));
    }
}
