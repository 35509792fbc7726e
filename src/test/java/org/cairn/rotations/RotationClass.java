package org.cairn.rotations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
 * A class for rotation tests: a platform in the test JVM (its own tenant), real signed launches of a teacher and
 * students into one course, and standards and mastery seeded with SQL (the mastery feature's API is not on this
 * branch). Every instance uses fresh ids, so tests never share data.
 */
final class RotationClass implements AutoCloseable {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private final CairnServer cairn;
    final TestPlatform platform;
    final Http http = new Http();
    final String contextId = "ctx-" + UUID.randomUUID();

    /** A launched person: their session token and roster person id. */
    record Person(String sub, String name, String token, UUID id) {
        String bearer() {
            return "Bearer " + token;
        }
    }

    RotationClass(CairnServer cairn) {
        this.cairn = cairn;
        this.platform = new TestPlatform("rot-" + UUID.randomUUID().toString().substring(0, 8));
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
    }

    /** The id_token claims of a launch into a course of this platform. */
    Map<String, Object> claims(String nonce, String sub, String name, String role, String context) {
        Map<String, Object> claims = platform.claims(nonce, role);
        claims.put("sub", sub);
        claims.put("name", name);
        claims.put(TestTokens.LTI + "context", Map.of("id", context, "title", "Math 6 " + context.substring(4, 12),
                "label", "M6"));
        return claims;
    }

    Person launch(String name, String role) {
        return launch(name, role, contextId);
    }

    Person launch(String name, String role, String context) {
        return launch(name, role, context, null);
    }

    /** A launch whose platform speaks this language (the launch_presentation locale): the page and API follow it. */
    Person launchSpeaking(String locale, String name, String role) {
        return launch(name, role, contextId, locale);
    }

    /** Login initiation, a signed id_token for this person, the launch: what a browser does, over HTTP. */
    private Person launch(String name, String role, String context, String locale) {
        String sub = "u-" + UUID.randomUUID();
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
        Map<String, String> launch = new LinkedHashMap<>();
        Map<String, Object> claims = claims(auth.get("nonce"), sub, name, role, context);
        if (locale != null) claims.put(TestTokens.LTI + "launch_presentation", Map.of("locale", locale));
        launch.put("id_token", TestTokens.sign(claims, platform.key()));
        launch.put("state", auth.get("state"));
        Http.Reply page = http.postForm(cairn.uri("/lti/launch"), launch, "Cookie", cookie);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher m = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        String token = m.group(1);
        JsonNode me = http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + token).json();
        return new Person(sub, name, token, UUID.fromString(me.get("personId").asText()));
    }

    UUID courseId(Person someone) {
        return UUID.fromString(http.get(cairn.uri("/api/v1/session"), "Authorization", someone.bearer()).json()
                .get("courseId").asText());
    }

    /** A framework with these standard codes, all of them prioritized in the course; returns the standard ids. */
    List<UUID> seedStandards(UUID courseId, String... codes) {
        var ids = new ArrayList<UUID>();
        try (Connection c = cairn.database().connect()) {
            UUID framework = UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO framework (id, registration_id, identifier, "
                    + "title, source, imported_at, imported_by, version) VALUES (?, ?, ?, ?, 'CSV', ?, 'test', 0)")) {
                s.setObject(1, framework);
                s.setObject(2, platform.registrationId);
                s.setString(3, "fw-" + framework);
                s.setString(4, "Ratios");
                s.setTimestamp(5, now);
                s.executeUpdate();
            }
            int ordinal = 0;
            for (String code : codes) {
                UUID standard = UUID.randomUUID();
                try (PreparedStatement s = c.prepareStatement("INSERT INTO standard (id, framework_id, identifier, code, "
                        + "statement, type, sequence_number, retired, version) VALUES (?, ?, ?, ?, ?, 'STANDARD', ?, "
                        + "FALSE, 0)")) {
                    s.setObject(1, standard);
                    s.setObject(2, framework);
                    s.setString(3, "id-" + standard);
                    s.setString(4, code);
                    s.setString(5, "Understand " + code);
                    s.setInt(6, ordinal);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO course_standard (id, registration_id, "
                        + "course_id, standard_id, ordinal, category, version) VALUES (?, ?, ?, ?, ?, 'ACADEMIC', 0)")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, platform.registrationId);
                    s.setObject(3, courseId);
                    s.setObject(4, standard);
                    s.setInt(5, ordinal++);
                    s.executeUpdate();
                }
                ids.add(standard);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** The derived mastery row of a student on a standard (insert or replace), as the mastery feature keeps it. */
    void seedMastery(UUID courseId, UUID student, UUID standard, double points) {
        try (Connection c = cairn.database().connect()) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM mastery WHERE course_id = ? AND student_id = ? "
                    + "AND standard_id = ?")) {
                s.setObject(1, courseId);
                s.setObject(2, student);
                s.setObject(3, standard);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO mastery (id, registration_id, course_id, "
                    + "student_id, standard_id, score, computed_points, level_points, method, evidence_count, "
                    + "overridden, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'MOST_RECENT', 1, FALSE, ?)")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, platform.registrationId);
                s.setObject(3, courseId);
                s.setObject(4, student);
                s.setObject(5, standard);
                s.setDouble(6, points);
                s.setDouble(7, points);
                s.setDouble(8, points);
                s.setTimestamp(9, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Http.Reply get(Person who, String path) {
        return http.get(cairn.uri("/api/v1/courses/current/rotations" + path), "Authorization", who.bearer());
    }

    Http.Reply post(Person who, String path, Object body) {
        return http.post(cairn.uri("/api/v1/courses/current/rotations" + path), "application/json", json(body),
                "Authorization", who.bearer());
    }

    Http.Reply put(Person who, String path, Object body) {
        return http.send(java.net.http.HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/rotations" + path))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(body))), "Authorization", who.bearer());
    }

    Http.Reply delete(Person who, String path) {
        return http.send(java.net.http.HttpRequest.newBuilder(cairn.uri("/api/v1/courses/current/rotations" + path))
                .DELETE(), "Authorization", who.bearer());
    }

    /** A station of the course; returns its id. */
    String station(Person teacher, String name, String kind, int capacity) {
        Http.Reply reply = post(teacher, "/stations", Map.of("name", name, "kind", kind, "capacity", capacity,
                "instructions", "Work on " + name));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    static String json(Object body) {
        try {
            return Http.JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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
