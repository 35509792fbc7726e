package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cairn in production mode: the configuration URL policy refuses loopback, new registrations wait for the
 * operator, the admin has no default password, and the encrypted keys survive a restart.
 */
class ProductionRegistrationIT {

    private static CairnServer cairn;
    private final Http http = new Http();

    @BeforeAll
    static void start() {
        cairn = CairnServer.start("prod-registration", Map.of(
                "CAIRN_MODE", "production",
                "CAIRN_KEYS_SECRET", "a-production-keys-secret-for-tests-0123456789",
                "CAIRN_ADMIN_USERNAME", "operator",
                "CAIRN_ADMIN_PASSWORD", "correct horse battery staple",
                // The operator trusts one internal host by name: the test platform reached as "localhost".
                "CAIRN_REGISTRATION_TRUSTED_HOSTS", "localhost"));
        awaitAdmin();
    }

    /** The WAR answers every path once deployed; poll the admin API rather than trust the first request. */
    private static void awaitAdmin() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> new AdminApi(cairn, "operator", "correct horse battery staple")
                        .get("/api/v1/admin/registrations").status() == 200);
    }

    @AfterAll
    static void stop() {
        cairn.close();
    }

    private AdminApi admin() {
        return new AdminApi(cairn, "operator", "correct horse battery staple");
    }

    @Test
    void aLoopbackConfigurationUrlIsRefused() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            Http.Reply plain = http.postForm(cairn.uri("/lti/register"), Map.of("openid_configuration",
                    platform.configurationUrl(), "registration_token", "tok"));
            assertThat(plain.status()).isEqualTo(400);
            assertThat(plain.body()).contains("not https");

            Http.Reply https = http.postForm(cairn.uri("/lti/register"), Map.of("openid_configuration",
                    platform.configurationUrl().replace("http://", "https://"), "registration_token", "tok"));
            assertThat(https.status()).isEqualTo(400);
            assertThat(https.body()).contains("127.0.0.1").contains("loopback");
            assertThat(platform.configurationAuthorizations).isEmpty();
        }
    }

    @Test
    void aNewRegistrationWaitsForTheOperator() {
        try (TestPlatform platform = new TestPlatform("localhost")) {
            Http.Reply reply = http.postForm(cairn.uri("/lti/register"), Map.of("openid_configuration",
                    platform.configurationUrl(), "registration_token", "tok"));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.body()).contains("approval");

            JsonNode stored = admin().registration(platform.issuer()).orElseThrow();
            assertThat(stored.get("status").asText()).isEqualTo("PENDING");
            assertThat(stored.at("/deployments/0/status").asText()).isEqualTo("PENDING");

            JsonNode approved = admin().post("/api/v1/admin/registrations/" + stored.get("id").asText() + "/approve", "").json();
            assertThat(approved.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(approved.at("/deployments/0/status").asText()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void theAdminHasNoDefaultPasswordInProduction() {
        assertThat(new AdminApi(cairn, "admin", "admin").get("/api/v1/admin/registrations").status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/admin/registrations").status()).isEqualTo(200);
    }

    @Test
    void keysSurviveARestart() {
        List<String> before = kids();
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        cairn.restart();
        awaitAdmin();
        assertThat(kids()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(cairn.logText()).contains("Tool keys: signing with kid");
    }

    private List<String> kids() {
        List<String> kids = new ArrayList<>();
        http.get(cairn.uri("/.well-known/jwks.json")).json().get("keys").forEach(k -> kids.add(k.get("kid").asText()));
        return kids;
    }
}
