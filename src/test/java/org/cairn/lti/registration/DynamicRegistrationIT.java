package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.cairn.testing.CairnServer;
import org.cairn.testing.Http;
import org.junit.jupiter.api.Test;

/** Dynamic Registration against a test platform in this JVM, real HTTP both ways, on the development Cairn. */
class DynamicRegistrationIT {

    private final CairnServer cairn = CairnServer.shared();
    private final Http http = new Http();
    private final AdminApi admin = new AdminApi(cairn, "admin", "admin");

    private Http.Reply register(TestPlatform platform, String token) {
        return http.postForm(cairn.uri("/lti/register"), Map.of("openid_configuration", platform.configurationUrl(),
                "registration_token", token));
    }

    @Test
    void registersWithThePlatformAndStoresClientAndDeployment() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            String token = "reg-" + UUID.randomUUID();
            Http.Reply reply = register(platform, token);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.body()).contains("/static/js/registration/close.js").contains(platform.clientId);
            assertThat(platform.configurationAuthorizations).containsExactly("Bearer " + token);
            assertThat(platform.registrations).hasSize(1);
            TestPlatform.Received sent = platform.registrations.get(0);
            assertThat(sent.authorization()).isEqualTo("Bearer " + token);
            JsonNode body = sent.body();
            assertThat(body.get("initiate_login_uri").asText()).isEqualTo(cairn.uri("/lti/login").toString());
            assertThat(body.get("redirect_uris").get(0).asText()).isEqualTo(cairn.uri("/lti/launch").toString());
            assertThat(body.get("jwks_uri").asText()).isEqualTo(cairn.uri("/.well-known/jwks.json").toString());
            assertThat(body.get("token_endpoint_auth_method").asText()).isEqualTo("private_key_jwt");
            assertThat(body.get("scope").asText()).contains(LtiScopes.NRPS_CONTEXTMEMBERSHIP_READONLY, LtiScopes.AGS_SCORE);
            assertThat(body.at("/https:~1~1purl.imsglobal.org~1spec~1lti-tool-configuration/https:~1~1canvas.instructure.com~1lti~1privacy_level").asText())
                    .isEqualTo("name_only");

            JsonNode stored = admin.registration(platform.issuer()).orElseThrow();
            assertThat(stored.get("clientId").asText()).isEqualTo(platform.clientId);
            assertThat(stored.get("source").asText()).isEqualTo("DYNAMIC");
            assertThat(stored.get("platformFamily").asText()).isEqualTo("canvas");
            assertThat(stored.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(stored.at("/deployments/0/deploymentId").asText()).isEqualTo(platform.deploymentId);
            assertThat(stored.at("/deployments/0/createdBy").asText()).isEqualTo("DYNAMIC_REGISTRATION");
            assertThat(stored.get("jwksUri").asText()).isEqualTo(platform.base() + "/login/oauth2/jwks");
        }
    }

    @Test
    void theSuccessPageScriptClosesTheRegistrationWindow() {
        Http.Reply script = http.get(cairn.uri("/static/js/registration/close.js"));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body())
                .contains("(window.opener || window.parent).postMessage({subject: \"org.imsglobal.lti.close\"}, \"*\")");
    }

    @Test
    void registeringAgainUpdatesTheSameRegistration() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            assertThat(register(platform, "first").status()).isEqualTo(200);
            assertThat(register(platform, "second").status()).isEqualTo(200);

            assertThat(platform.registrations).hasSize(2);
            assertThat(admin.count(platform.issuer())).isEqualTo(1);
            assertThat(admin.registration(platform.issuer()).orElseThrow().get("deployments")).hasSize(1);
        }
    }

    @Test
    void theConfirmationPageShowsWhatWillBeRegistered() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            Http.Reply page = http.get(cairn.uri("/lti/register?openid_configuration="
                    + java.net.URLEncoder.encode(platform.configurationUrl(), java.nio.charset.StandardCharsets.UTF_8)
                    + "&registration_token=tok"));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("method=\"post\"").contains("name=\"registration_token\" value=\"tok\"")
                    .contains(cairn.uri("/lti/login").toString()).contains("Register");
            // Nothing is fetched or sent before the administrator confirms.
            assertThat(platform.configurationAuthorizations).isEmpty();
        }
    }

    @Test
    void aConfigurationWhoseIssuerIsOnAnotherHostIsRefusedAndNothingStored() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            platform.issuerOverride = "https://canvas.instructure.com";
            Http.Reply reply = register(platform, "tok");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("canvas.instructure.com").contains("127.0.0.1").contains("Nothing was stored");
            assertThat(platform.registrations).isEmpty();
            assertThat(admin.count("https://canvas.instructure.com")).isZero();
        }
    }

    @Test
    void anOversizeConfigurationIsRefused() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            platform.extraConfigurationBytes = 300 * 1024;
            Http.Reply reply = register(platform, "tok");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("256 KiB");
            assertThat(platform.registrations).isEmpty();
            assertThat(admin.count(platform.issuer())).isZero();
        }
    }

    @Test
    void aPlatformThatRefusesTheRegistrationIsReportedWithItsMessage() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            platform.registrationStatus = 400;
            platform.registrationError = "redirect_uris must be https";
            Http.Reply reply = register(platform, "tok");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).contains("answered 400").contains("redirect_uris must be https");
            assertThat(admin.count(platform.issuer())).isZero();
        }
    }

    @Test
    void aSpanishSpeakingAdminReadsWhyTheRegistrationFailedInSpanish() {
        try (TestPlatform platform = new TestPlatform("127.0.0.1")) {
            platform.registrationStatus = 400;
            platform.registrationError = "redirect_uris must be https";
            Http.Reply refused = http.postForm(cairn.uri("/lti/register"), Map.of("openid_configuration",
                    platform.configurationUrl(), "registration_token", "tok"), "Accept-Language", "es-419,en;q=0.5");

            assertThat(refused.status()).isEqualTo(400);
            // The platform's own words stay as it wrote them, inside Cairn's Spanish sentence.
            assertThat(refused.body()).contains("No se pudo registrar Cairn").contains("La plataforma respondió 400 mientras "
                    + "se registraba Cairn en").contains("redirect_uris must be https").doesNotContain("The platform answered");
        }
        Http.Reply missing = http.postForm(cairn.uri("/lti/register"), Map.of("registration_token", "tok"),
                "Accept-Language", "es");
        assertThat(missing.body()).contains("Falta la URL de openid_configuration.");
    }

    @Test
    void aMissingConfigurationUrlIsA400Page() {
        Http.Reply reply = http.postForm(cairn.uri("/lti/register"), Map.of("registration_token", "tok"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("openid_configuration URL is missing");
    }

    @Test
    void anUnreachablePlatformIsReported() {
        Http.Reply reply = http.postForm(cairn.uri("/lti/register"), Map.of("openid_configuration",
                "http://127.0.0.1:1/openid-configuration", "registration_token", "tok"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("could not connect");
    }

    @Test
    void theCanvasJsonIsLiveWithThisInstallsUrls() {
        Http.Reply reply = http.get(cairn.uri("/lti/canvas.json"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("oidc_initiation_url").asText()).isEqualTo(cairn.uri("/lti/login").toString());
        assertThat(reply.json().get("public_jwk_url").asText()).isEqualTo(cairn.uri("/.well-known/jwks.json").toString());
        assertThat(reply.json().at("/extensions/0/privacy_level").asText()).isEqualTo("name_only");
    }
}
