package org.cairn.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.cairn.tenancy.control.ToolUrls;
import org.junit.jupiter.api.Test;

class ToolRegistrationRequestTest {

    private static final ToolUrls CAIRN = ToolUrls.at(URI.create("https://cairn.example.org"));
    private static final OpenIdConfiguration CANVAS = OpenIdConfiguration.parse(
            Fixtures.lti("canvas_dynreg_openid_configuration.json"),
            URI.create("http://canvas.instructure.com/api/lti/security/openid-configuration"));

    private final ObjectNode body = ToolRegistrationRequest.build(CANVAS, CAIRN);

    @Test
    void hasEveryTopLevelFieldOfCanvasDocumentedRequest() {
        JsonNode documented = Fixtures.lti("canvas_dynreg_registration_request.json");
        List<String> fields = new ArrayList<>();
        documented.fieldNames().forEachRemaining(fields::add);
        assertThat(iterable(body.fieldNames())).containsAll(fields);
        JsonNode toolConfiguration = body.get(ToolRegistrationRequest.TOOL_CONFIGURATION);
        for (String field : List.of("claims", "domain", "messages", "target_link_uri", "custom_parameters",
                "https://canvas.instructure.com/lti/privacy_level")) {
            assertThat(toolConfiguration.has(field)).as(field).isTrue();
        }
    }

    @Test
    void describesCairnsEndpoints() {
        assertThat(body.get("application_type").asText()).isEqualTo("web");
        assertThat(body.get("response_types").toString()).isEqualTo("[\"id_token\"]");
        assertThat(iterable(body.get("grant_types").elements()).stream().map(JsonNode::asText)).containsExactlyInAnyOrder("implicit", "client_credentials");
        assertThat(body.get("initiate_login_uri").asText()).isEqualTo("https://cairn.example.org/lti/login");
        assertThat(body.get("redirect_uris").get(0).asText()).isEqualTo("https://cairn.example.org/lti/launch");
        assertThat(body.get("jwks_uri").asText()).isEqualTo("https://cairn.example.org/.well-known/jwks.json");
        assertThat(body.get("token_endpoint_auth_method").asText()).isEqualTo("private_key_jwt");
        assertThat(body.get("client_name").asText()).isEqualTo("Cairn");
        assertThat(body.at("/https:~1~1purl.imsglobal.org~1spec~1lti-tool-configuration/domain").asText()).isEqualTo("cairn.example.org");
    }

    @Test
    void asksForAgsAndNrpsScopesButNotCanvasOnlyOnes() {
        assertThat(body.get("scope").asText().split(" ")).containsExactlyInAnyOrderElementsOf(LtiScopes.WANTED);
    }

    @Test
    void asksOnlyForScopesThePlatformSupports() {
        OpenIdConfiguration mock = OpenIdConfiguration.parse(Fixtures.lti("spec-example-mock_dynreg_openid_configuration.json"),
                URI.create("http://localhost/moodledyn/.well-known/openid-configuration"));
        String scope = ToolRegistrationRequest.build(mock, CAIRN).get("scope").asText();
        assertThat(scope.split(" ")).containsExactlyInAnyOrder(LtiScopes.AGS_LINEITEM, LtiScopes.AGS_RESULT_READONLY, LtiScopes.AGS_SCORE);
    }

    @Test
    void canvasGetsCourseNavigationForTeachersDeepLinkingAndNameOnlyPrivacy() {
        JsonNode tool = body.get(ToolRegistrationRequest.TOOL_CONFIGURATION);
        assertThat(tool.get("https://canvas.instructure.com/lti/privacy_level").asText()).isEqualTo("name_only");
        assertThat(tool.at("/custom_parameters/prefers_high_contrast").asText()).isEqualTo("$Canvas.user.prefersHighContrast");
        JsonNode navigation = message(tool, "LtiResourceLinkRequest");
        assertThat(navigation.get("placements").get(0).asText()).isEqualTo("course_navigation");
        assertThat(navigation.get("https://canvas.instructure.com/lti/visibility").asText()).isEqualTo("admins");
        JsonNode deepLinking = message(tool, "LtiDeepLinkingRequest");
        assertThat(iterable(deepLinking.get("placements").elements()).stream().map(JsonNode::asText))
                .containsExactly("link_selection", "assignment_selection");
        assertThat(iterable(tool.get("claims").elements()).stream().map(JsonNode::asText)).doesNotContain("email");
    }

    @Test
    void otherPlatformsGetNoCanvasExtensions() {
        OpenIdConfiguration mock = OpenIdConfiguration.parse(Fixtures.lti("spec-example-mock_dynreg_openid_configuration.json"),
                URI.create("http://localhost/moodledyn/.well-known/openid-configuration"));
        String json = ToolRegistrationRequest.build(mock, CAIRN).toString();
        assertThat(json).doesNotContain("canvas.instructure.com").contains("LtiDeepLinkingRequest").contains("LtiResourceLinkRequest");
    }

    private static JsonNode message(JsonNode tool, String type) {
        for (JsonNode message : tool.get("messages")) {
            if (message.get("type").asText().equals(type)) return message;
        }
        throw new AssertionError("No " + type + " message in " + tool);
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
