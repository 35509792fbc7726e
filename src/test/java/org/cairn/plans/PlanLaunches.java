package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.lti.launch.TestPlatform;
import org.cairn.lti.launch.TestTokens;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;

/**
 * Real signed launches into Cairn from a test platform of its own (its own registration, so a test's courses
 * and people are its own): OIDC login, the platform's signed id_token, the launch, and the session token from
 * the page's boot data. Plus the JSON calls of the plans API with that token.
 */
public final class PlanLaunches implements AutoCloseable {

    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String API = "/api/v1/courses/current";

    public final CairnServer cairn;
    public final Http http = new Http();
    public final TestPlatform platform;

    public PlanLaunches(CairnServer cairn) {
        this.cairn = cairn;
        this.platform = new TestPlatform("plans-" + UUID.randomUUID().toString().substring(0, 8));
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
    }

    /** A person launched into a course with a role; returns their session token. */
    public String launch(String sub, String name, String contextId, String role, String locale) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", sub);
        params.put("target_link_uri", cairn.uri("/lti/launch").toString());
        params.put("client_id", platform.clientId());
        Http.Reply login = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(params)));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        Map<String, String> auth = TestPlatform.query(URI.create(login.header("Location")).getRawQuery());
        String setCookie = login.header("Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        Map<String, Object> claims = TestTokens.resourceLinkClaims(platform.issuer(), platform.clientId(),
                platform.deploymentId, auth.get("nonce"), Instant.now());
        claims.put("sub", sub);
        claims.put("name", name);
        claims.put(TestTokens.LTI + "roles", List.of(role));
        claims.put(TestTokens.LTI + "context", Map.of("id", contextId, "title", "Math " + contextId, "label", contextId));
        claims.put(TestTokens.LTI + "launch_presentation", Map.of("locale", locale));
        Map<String, String> post = new LinkedHashMap<>();
        post.put("id_token", TestTokens.sign(claims, platform.key()));
        post.put("state", auth.get("state"));
        Http.Reply page = http.postForm(cairn.uri("/lti/launch"), post, "Cookie", cookie);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher m = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    public String teacher(String sub, String contextId) {
        return launch(sub, "Teacher " + sub, contextId, INSTRUCTOR, "en-US");
    }

    public String student(String sub, String contextId) {
        return launch(sub, "Student " + sub, contextId, LEARNER, "en-US");
    }

    public Http.Reply get(String token, String path) {
        return token == null ? http.get(cairn.uri(API + path)) : http.get(cairn.uri(API + path), "Authorization", "Bearer " + token);
    }

    public Http.Reply post(String token, String path, String json) {
        return token == null ? http.post(cairn.uri(API + path), "application/json", json)
                : http.post(cairn.uri(API + path), "application/json", json, "Authorization", "Bearer " + token);
    }

    public Http.Reply put(String token, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(cairn.uri(API + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        return token == null ? http.send(b) : http.send(b, "Authorization", "Bearer " + token);
    }

    public JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply.json();
    }

    public static String json(Object value) {
        try {
            return Http.JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    @Override
    public void close() {
        platform.close();
    }
}
