package org.cairn.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox LMS's private key is in its tables (and its source is public): once the sandbox is turned off, a
 * launch signed with that key must be refused even though the sandbox's registration is still in the database.
 * One Cairn, one database: it registers its sandbox while on, then restarts with CAIRN_SANDBOX_ENABLED=false.
 */
class SandboxKeyRefusedIT {

    private static CairnServer cairn;
    private final Http http = new Http();

    record SandboxRegistration(UUID id, String issuer, String clientId, String deploymentId) {
    }

    @BeforeAll
    static void start() {
        cairn = CairnServer.start("sandbox-key-refused", Map.of());
    }

    @AfterAll
    static void stop() {
        if (cairn != null) cairn.close();
    }

    @Test
    void aLaunchSignedWithTheSandboxKeyWorksWhileItIsOnAndIsRefusedOnceItIsOff() throws Exception {
        SandboxRegistration sandbox = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(this::sandboxRegistration, Optional::isPresent).orElseThrow();
        RSAKey key = RSAKey.parse(one("SELECT jwk FROM sandbox_key WHERE retired_at IS NULL ORDER BY created_at DESC"));
        assertThat(key.isPrivate()).isTrue();

        // Control: with the sandbox on, this very key and these claims launch, so the refusal below is the guard's.
        Login on = login(sandbox);
        assertThat(launch(sandbox, key, on).status()).isEqualTo(200);
        Login pending = login(sandbox);

        cairn.restart(Map.of("CAIRN_SANDBOX_ENABLED", "false"));
        long sessionsBefore = sessions(sandbox);

        Http.Reply replayed = launch(sandbox, key, pending);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(401);
        assertThat(replayed.body()).contains("The sandbox LMS is turned off on this install").contains("sandbox-disabled");
        assertThat(sessions(sandbox)).isEqualTo(sessionsBefore);

        Http.Reply freshLogin = http.get(loginUrl(sandbox));
        assertThat(freshLogin.status()).as(freshLogin.body()).isEqualTo(401);
        assertThat(freshLogin.body()).contains("The sandbox LMS is turned off on this install");
    }

    record Login(String state, String nonce, String cookie) {
    }

    private URI loginUrl(SandboxRegistration sandbox) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", sandbox.issuer());
        params.put("login_hint", "sbx-teacher-rivera");
        params.put("target_link_uri", cairn.uri("/lti/launch").toString());
        params.put("client_id", sandbox.clientId());
        return URI.create(cairn.uri("/lti/login") + "?" + LaunchIT.form(params));
    }

    private Login login(SandboxRegistration sandbox) {
        Http.Reply reply = http.get(loginUrl(sandbox));
        assertThat(reply.status()).as(reply.body()).isEqualTo(302);
        Map<String, String> auth = TestPlatform.query(URI.create(reply.header("Location")).getRawQuery());
        String setCookie = reply.header("Set-Cookie");
        return new Login(auth.get("state"), auth.get("nonce"), setCookie.substring(0, setCookie.indexOf(';')));
    }

    private Http.Reply launch(SandboxRegistration sandbox, RSAKey key, Login login) {
        Map<String, Object> claims = TestTokens.resourceLinkClaims(sandbox.issuer(), sandbox.clientId(),
                sandbox.deploymentId(), login.nonce(), Instant.now());
        claims.put(TestTokens.LTI + "target_link_uri", cairn.uri("/lti/launch").toString());
        claims.put(TestTokens.LTI + "roles", List.of(LaunchIT.INSTRUCTOR));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", TestTokens.sign(claims, key));
        form.put("state", login.state());
        return http.postForm(cairn.uri("/lti/launch"), form, "Cookie", login.cookie());
    }

    private Optional<SandboxRegistration> sandboxRegistration() {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(
                "SELECT r.id, r.issuer, r.client_id, d.deployment_id FROM registration r JOIN deployment d "
                        + "ON d.registration_id = r.id WHERE r.issuer = ? AND r.status = 'ACTIVE'")) {
            // The sandbox registers itself through Dynamic Registration, under its own issuer.
            s.setString(1, "http://127.0.0.1:" + cairn.port() + "/sandbox");
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new SandboxRegistration(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private long sessions(SandboxRegistration sandbox) {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM course_session WHERE registration_id = ?")) {
            s.setObject(1, sandbox.id());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection c = cairn.database().connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
