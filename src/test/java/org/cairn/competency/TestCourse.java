package org.cairn.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.lti.launch.TestPlatform;
import org.cairn.lti.launch.TestTokens;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;

/**
 * A course of its own tenant for one test: a test platform (its own registration, so its own frameworks) whose
 * teachers and students launch Cairn with real signed id_tokens over HTTP, and the JSON API with their tokens.
 */
final class TestCourse implements AutoCloseable {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");

    final CairnServer cairn;
    final TestPlatform platform;
    final Http http = new Http();

    TestCourse(CairnServer cairn) {
        this.cairn = cairn;
        this.platform = new TestPlatform("std-" + UUID.randomUUID().toString().substring(0, 8))
                .seed(cairn, "ACTIVE", "REFUSE", true);
    }

    /** A launch with a fresh user in the given role; returns the session token from the page's boot data. */
    String launch(String role) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", "hint-" + UUID.randomUUID());
        params.put("target_link_uri", cairn.uri("/lti/launch").toString());
        params.put("client_id", platform.clientId());
        Http.Reply login = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(params)));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        Map<String, String> auth = TestPlatform.query(URI.create(login.header("Location")).getRawQuery());
        String setCookie = login.header("Set-Cookie");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String idToken = TestTokens.sign(platform.claims(auth.get("nonce"), role), platform.key());
        Map<String, String> launch = new LinkedHashMap<>();
        launch.put("id_token", idToken);
        launch.put("state", auth.get("state"));
        Http.Reply page = http.postForm(cairn.uri("/lti/launch"), launch, "Cookie", cookie);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    Http.Reply get(String token, String path) {
        return http.get(cairn.uri(path), "Authorization", "Bearer " + token);
    }

    Http.Reply post(String token, String path, String contentType, String body) {
        return http.post(cairn.uri(path), contentType, body, "Authorization", "Bearer " + token);
    }

    Http.Reply put(String token, String path, String json) {
        return http.send(HttpRequest.newBuilder(cairn.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), "Authorization", "Bearer " + token);
    }

    Http.Reply delete(String token, String path) {
        return http.send(HttpRequest.newBuilder(cairn.uri(path)).DELETE(), "Authorization", "Bearer " + token);
    }

    JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return reply.json();
    }

    long count(String sql, Object... args) {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql, Object... args) {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> params) {
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
