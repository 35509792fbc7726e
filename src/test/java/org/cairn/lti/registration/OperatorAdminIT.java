package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/** The operator admin API on the development Cairn: Basic auth, manual registrations, approval, framing. */
class OperatorAdminIT {

    private final CairnServer cairn = CairnServer.shared();
    private final AdminApi admin = new AdminApi(cairn, "admin", "admin");
    private final String issuer = "https://moodle-" + UUID.randomUUID().toString().substring(0, 8) + ".example.edu";

    private JsonNode addManual() {
        Http.Reply reply = admin.post("/api/v1/admin/registrations", """
                {"issuer": "%s", "clientId": "abc", "name": "District Moodle", "platformFamily": "moodle",
                 "authorizationEndpoint": "%s/mod/lti/auth.php", "tokenEndpoint": "%s/mod/lti/token.php",
                 "jwksUri": "%s/mod/lti/certs.php"}""".formatted(issuer, issuer, issuer, issuer));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void aWrongPasswordIs401WithABasicChallenge() {
        Http.Reply reply = new AdminApi(cairn, "admin", "wrong").get("/api/v1/admin/registrations");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(new Http().get(cairn.uri("/admin")).status()).isEqualTo(401);
    }

    @Test
    void anOperatorAddsARegistrationAndADeploymentByHand() {
        JsonNode created = addManual();
        assertThat(created.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.get("source").asText()).isEqualTo("MANUAL");
        String id = created.get("id").asText();

        Http.Reply deployment = admin.post("/api/v1/admin/registrations/" + id + "/deployments", "{\"deploymentId\": \"7\"}");
        assertThat(deployment.status()).isEqualTo(201);
        assertThat(admin.registration(issuer).orElseThrow().at("/deployments/0/deploymentId").asText()).isEqualTo("7");
        assertThat(admin.post("/api/v1/admin/registrations/" + id + "/deployments", "{\"deploymentId\": \"7\"}").status())
                .isEqualTo(409);
        assertThat(admin.post("/api/v1/admin/registrations", "{\"issuer\": \"" + issuer + "\"}").status()).isEqualTo(400);
    }

    @Test
    void theCopyValuesViewListsTheExactUrls() {
        String id = addManual().get("id").asText();
        JsonNode setup = admin.get("/api/v1/admin/registrations/" + id + "/setup").json();
        assertThat(setup.get("loginUrl").asText()).isEqualTo(cairn.uri("/lti/login/" + id).toString());
        assertThat(setup.get("sharedLoginUrl").asText()).isEqualTo(cairn.uri("/lti/login").toString());
        assertThat(setup.get("redirectUrl").asText()).isEqualTo(cairn.uri("/lti/launch").toString());
        assertThat(setup.get("jwksUrl").asText()).isEqualTo(cairn.uri("/.well-known/jwks.json").toString());
        assertThat(setup.get("canvasJsonUrl").asText()).isEqualTo(cairn.uri("/lti/canvas.json").toString());
        assertThat(setup.get("dynamicRegistrationUrl").asText()).isEqualTo(cairn.uri("/lti/register").toString());
    }

    @Test
    void disablingAndEnablingChangeTheStatusAndTheFramingOrigins() {
        String id = addManual().get("id").asText();
        Http http = new Http();
        assertThat(http.get(cairn.uri("/api/v1/messages/en")).header("Content-Security-Policy")).contains(issuer);

        assertThat(admin.post("/api/v1/admin/registrations/" + id + "/disable", "").json().get("status").asText()).isEqualTo("DISABLED");
        assertThat(http.get(cairn.uri("/api/v1/messages/en")).header("Content-Security-Policy")).doesNotContain(issuer);

        assertThat(admin.post("/api/v1/admin/registrations/" + id + "/enable", "").json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(http.get(cairn.uri("/api/v1/messages/en")).header("Content-Security-Policy")).contains(issuer);
    }

    @Test
    void frameOriginsAndTheUnknownDeploymentPolicyAreEditable() {
        String id = addManual().get("id").asText();
        JsonNode changed = admin.put("/api/v1/admin/registrations/" + id + "/frame-origins",
                "{\"origins\": [\"https://*.example-district.org\"]}").json();
        assertThat(changed.get("frameOrigins").get(0).asText()).isEqualTo("https://*.example-district.org");
        assertThat(new Http().get(cairn.uri("/api/v1/messages/en")).header("Content-Security-Policy"))
                .contains("https://*.example-district.org");
        assertThat(admin.put("/api/v1/admin/registrations/" + id + "/frame-origins", "{\"origins\": [\"javascript:alert(1)\"]}")
                .status()).isEqualTo(400);

        JsonNode policy = admin.put("/api/v1/admin/registrations/" + id + "/unknown-deployment-policy",
                "{\"policy\": \"AUTO_CREATE\"}").json();
        assertThat(policy.get("unknownDeploymentPolicy").asText()).isEqualTo("AUTO_CREATE");
    }

    @Test
    void anUnknownRegistrationIs404() {
        assertThat(admin.post("/api/v1/admin/registrations/" + UUID.randomUUID() + "/approve", "").status()).isEqualTo(404);
    }
}
