package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cairn.tenancy.control.ToolUrls;

/**
 * The client registration Cairn POSTs to a platform's registration_endpoint (Dynamic Registration 1.0 §3.6:
 * OpenID Connect client metadata plus the LTI tool configuration), with Canvas's extensions when the platform
 * is Canvas (doc/api/registration.md in canvas-lms, fixture canvas_dynreg_registration_request.json).
 */
public final class ToolRegistrationRequest {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String CANVAS_PRIVACY_LEVEL = "https://canvas.instructure.com/lti/privacy_level";
    static final String CANVAS_VISIBILITY = "https://canvas.instructure.com/lti/visibility";
    static final String CANVAS_COURSE_NAV_DEFAULT = "https://canvas.instructure.com/lti/course_navigation/default_enabled";
    static final String CANVAS_TOOL_ID = "https://canvas.instructure.com/lti/tool_id";
    public static final String DESCRIPTION = "Learning plans, mastery tracking on prioritized standards and station rotations.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolRegistrationRequest() {
    }

    public static ObjectNode build(OpenIdConfiguration platform, ToolUrls urls) {
        ObjectNode body = JSON.createObjectNode();
        body.put("application_type", "web");
        body.set("response_types", array("id_token"));
        body.set("grant_types", array("implicit", "client_credentials"));
        body.put("initiate_login_uri", urls.login().toString());
        body.set("redirect_uris", array(urls.launch().toString()));
        body.put("client_name", "Cairn");
        body.put("client_uri", urls.base().toString());
        body.put("jwks_uri", urls.jwks().toString());
        body.put("logo_uri", urls.logo().toString());
        body.put("token_endpoint_auth_method", "private_key_jwt");
        // Ask only for what the platform says it offers: an unknown scope makes some platforms refuse the whole request.
        List<String> scopes = LtiScopes.WANTED.stream().filter(platform.scopesSupported()::contains).toList();
        body.put("scope", String.join(" ", scopes));

        ObjectNode tool = body.putObject(TOOL_CONFIGURATION);
        tool.put("domain", urls.domain());
        tool.put("target_link_uri", urls.launch().toString());
        tool.put("description", DESCRIPTION);
        tool.set("claims", array("iss", "sub", "name", "given_name", "family_name", "locale"));
        ArrayNode messages = tool.putArray("messages");
        if (platform.isCanvas()) {
            tool.put(CANVAS_PRIVACY_LEVEL, "name_only");
            tool.put(CANVAS_TOOL_ID, "cairn");
            tool.putObject("custom_parameters").put("prefers_high_contrast", "$Canvas.user.prefersHighContrast");
            ObjectNode courseNavigation = message(messages, "LtiResourceLinkRequest", urls);
            courseNavigation.set("placements", array("course_navigation"));
            // "admins" in a course means teachers and course admins (canvas-lms doc/api/registration.md).
            courseNavigation.put(CANVAS_VISIBILITY, "admins");
            courseNavigation.put(CANVAS_COURSE_NAV_DEFAULT, true);
            message(messages, "LtiDeepLinkingRequest", urls).set("placements", array("link_selection", "assignment_selection"));
        } else {
            message(messages, "LtiResourceLinkRequest", urls);
            message(messages, "LtiDeepLinkingRequest", urls);
        }
        return body;
    }

    private static ObjectNode message(ArrayNode messages, String type, ToolUrls urls) {
        ObjectNode message = messages.addObject();
        message.put("type", type);
        message.put("target_link_uri", urls.launch().toString());
        message.put("label", "Cairn");
        message.put("icon_uri", urls.logo().toString());
        return message;
    }

    private static ArrayNode array(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) array.add(value);
        return array;
    }
}
