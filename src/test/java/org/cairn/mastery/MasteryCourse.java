package org.cairn.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * A test platform of its own (a fresh tenant) whose people launch Cairn with real signed id_tokens over HTTP, and
 * whose courses get a framework and prioritized standards written straight into the database (the standards
 * feature owns their API). Each instance is isolated from every other test's data. Public for the grades tests,
 * whose courses need the same people and standards.
 */
public final class MasteryCourse implements AutoCloseable {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");

    final CairnServer cairn;
    public final TestPlatform platform;
    private final Http http = new Http();

    /** Who launched: their session token and person id. */
    public record Member(String token, UUID personId, UUID courseId) {
        public String[] auth() {
            return new String[] {"Authorization", "Bearer " + token};
        }
    }

    public MasteryCourse(CairnServer cairn) {
        this.cairn = cairn;
        this.platform = new TestPlatform("m-" + UUID.randomUUID().toString().substring(0, 8));
        platform.seed(cairn, "ACTIVE", "REFUSE", true);
    }

    /** A real launch: OIDC login at Cairn, an id_token signed by the platform, the form_post to /lti/launch. */
    Member launch(String role, String sub, String name, String contextId, String locale) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", sub);
        params.put("target_link_uri", cairn.uri("/lti/launch").toString());
        params.put("client_id", platform.clientId());
        Http.Reply login = http.get(URI.create(cairn.uri("/lti/login") + "?" + form(params)));
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        Map<String, String> auth = TestPlatform.query(URI.create(login.header("Location")).getRawQuery());
        String setCookie = login.header("Set-Cookie");
        Map<String, Object> claims = platform.claims(auth.get("nonce"), role);
        claims.put("sub", sub);
        claims.put("name", name);
        claims.put(TestTokens.LTI + "context", Map.of("id", contextId, "title", "Course " + contextId, "label", contextId));
        claims.put(TestTokens.LTI + "launch_presentation", Map.of("locale", locale));
        Map<String, String> post = new LinkedHashMap<>();
        post.put("id_token", TestTokens.sign(claims, platform.key()));
        post.put("state", auth.get("state"));
        Http.Reply page = http.postForm(cairn.uri("/lti/launch"), post, "Cookie", setCookie.substring(0, setCookie.indexOf(';')));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        JsonNode me = http.get(cairn.uri("/api/v1/session"), "Authorization", "Bearer " + m.group(1)).json();
        return new Member(m.group(1), UUID.fromString(me.get("personId").asText()), UUID.fromString(me.get("courseId").asText()));
    }

    public Member teacher(String contextId) {
        return launch(INSTRUCTOR, "t-" + UUID.randomUUID(), "Ana Teacher", contextId, "en-US");
    }

    public Member student(String contextId, String name) {
        return launch(LEARNER, "s-" + UUID.randomUUID(), name, contextId, "en-US");
    }

    /** A framework of the tenant with `count` standards, all chosen for the course in two units. */
    public List<UUID> standards(UUID courseId, int count) {
        var ids = new ArrayList<UUID>();
        Timestamp now = Timestamp.from(Instant.now());
        UUID framework = UUID.randomUUID();
        try (Connection c = cairn.database().connect()) {
            run(c, "INSERT INTO framework (id, registration_id, identifier, title, source, imported_at, imported_by, version)"
                    + " VALUES (?, ?, ?, 'Grade 6 Math', 'CASE', ?, 'test', 0)", framework, platform.registrationId,
                    "fw-" + framework, now);
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                run(c, "INSERT INTO standard (id, framework_id, identifier, code, statement, type, sequence_number, retired,"
                        + " version) VALUES (?, ?, ?, ?, ?, 'STANDARD', ?, FALSE, 0)", id, framework, "item-" + i,
                        "6.NS." + i, "Standard statement number " + i, i);
                run(c, "INSERT INTO course_standard (id, registration_id, course_id, standard_id, ordinal, unit_name,"
                        + " category, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", UUID.randomUUID(), platform.registrationId,
                        courseId, id, i, i % 2 == 1 ? "Unit 1" : "Unit 2", i == count && count > 2 ? "HABIT" : "ACADEMIC");
                ids.add(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    public long count(String sql, Object... values) {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            s.executeUpdate();
        }
    }

    private static String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString();
    }

    @Override
    public void close() {
        platform.close();
    }
}
