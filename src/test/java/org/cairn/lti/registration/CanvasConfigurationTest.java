package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cairn.tenancy.control.ToolUrls;
import org.junit.jupiter.api.Test;

class CanvasConfigurationTest {

    private final JsonNode config = CanvasConfiguration.build(ToolUrls.at(URI.create("https://cairn.example.org")));

    /** The fields Canvas requires of a developer key JSON (canvas-lms doc/api/lti_dev_key_config.md). */
    @Test
    void hasEveryFieldCanvasRequires() {
        JsonNode documented = Fixtures.lti("canvas_developer_key_json_config.json");
        for (String field : List.of("title", "description", "oidc_initiation_url", "target_link_uri", "scopes",
                "extensions", "public_jwk_url", "custom_fields")) {
            assertThat(documented.has(field)).as("the fixture documents %s", field).isTrue();
            assertThat(config.has(field)).as(field).isTrue();
        }
        JsonNode extension = config.get("extensions").get(0);
        for (String field : List.of("domain", "tool_id", "platform", "privacy_level", "settings")) {
            assertThat(documented.get("extensions").get(0).has(field)).isTrue();
            assertThat(extension.has(field)).as("extensions[0].%s", field).isTrue();
        }
        for (JsonNode placement : extension.at("/settings/placements")) {
            for (String field : List.of("placement", "message_type", "target_link_uri", "text")) {
                assertThat(placement.has(field)).as("%s.%s", placement.get("placement"), field).isTrue();
            }
        }
    }

    @Test
    void pointsAtThisInstall() {
        assertThat(config.get("oidc_initiation_url").asText()).isEqualTo("https://cairn.example.org/lti/login");
        assertThat(config.get("target_link_uri").asText()).isEqualTo("https://cairn.example.org/lti/launch");
        assertThat(config.get("public_jwk_url").asText()).isEqualTo("https://cairn.example.org/.well-known/jwks.json");
        assertThat(config.at("/extensions/0/domain").asText()).isEqualTo("cairn.example.org");
        assertThat(config.at("/extensions/0/platform").asText()).isEqualTo("canvas.instructure.com");
        assertThat(config.at("/extensions/0/privacy_level").asText()).isEqualTo("name_only");
        assertThat(config.at("/custom_fields/prefers_high_contrast").asText()).isEqualTo("$Canvas.user.prefersHighContrast");
    }

    @Test
    void placesCourseNavigationForTeachersAndDeepLinkingSelections() {
        List<String> placements = new ArrayList<>();
        for (JsonNode placement : config.at("/extensions/0/settings/placements")) {
            placements.add(placement.get("placement").asText() + ":" + placement.get("message_type").asText());
            if (placement.get("placement").asText().equals("course_navigation")) {
                assertThat(placement.get("visibility").asText()).isEqualTo("admins");
            }
        }
        assertThat(placements).containsExactly("course_navigation:LtiResourceLinkRequest",
                "link_selection:LtiDeepLinkingRequest", "assignment_selection:LtiDeepLinkingRequest");
    }

    @Test
    void requestsAgsAndNrpsScopes() {
        List<String> scopes = new ArrayList<>();
        config.get("scopes").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).containsExactlyInAnyOrderElementsOf(LtiScopes.WANTED);
    }

    /** lti-config/canvas.json is the same document with ${BASE_URL} where the base URL goes. */
    @Test
    void theTemplateInLtiConfigMatchesTheLiveDocument() throws Exception {
        String template = Files.readString(Path.of("lti-config/canvas.json"));
        JsonNode filled = Fixtures.JSON.readTree(template.replace("${BASE_URL}", "https://cairn.example.org")
                .replace("${DOMAIN}", "cairn.example.org"));
        assertThat(filled).isEqualTo(config);
    }
}
