package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cairn.tenancy.control.ToolUrls;

/**
 * Canvas's LTI 1.3 developer key JSON (canvas-lms doc/api/lti_dev_key_config.md, fixture
 * canvas_developer_key_json_config.json) for this install: an admin pastes its URL under Developer Keys,
 * LTI Key, "Enter URL". public_jwk_url rather than an embedded key, so rotation needs no Canvas change.
 */
public final class CanvasConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanvasConfiguration() {
    }

    public static ObjectNode build(ToolUrls urls) {
        ObjectNode config = JSON.createObjectNode();
        config.put("title", "Cairn");
        config.put("description", ToolRegistrationRequest.DESCRIPTION);
        config.put("oidc_initiation_url", urls.login().toString());
        config.put("target_link_uri", urls.launch().toString());
        config.put("public_jwk_url", urls.jwks().toString());
        ArrayNode scopes = config.putArray("scopes");
        LtiScopes.WANTED.forEach(scopes::add);
        ObjectNode extension = config.putArray("extensions").addObject();
        extension.put("domain", urls.domain());
        extension.put("tool_id", "cairn");
        extension.put("platform", "canvas.instructure.com");
        extension.put("privacy_level", "name_only");
        ObjectNode settings = extension.putObject("settings");
        settings.put("text", "Cairn");
        settings.put("icon_url", urls.logo().toString());
        ArrayNode placements = settings.putArray("placements");
        ObjectNode navigation = placements.addObject();
        navigation.put("placement", "course_navigation");
        navigation.put("message_type", "LtiResourceLinkRequest");
        navigation.put("text", "Cairn");
        navigation.put("target_link_uri", urls.launch().toString());
        // "admins": in a course, teachers and course admins see the link (students reach Cairn through links).
        navigation.put("visibility", "admins");
        navigation.put("default", "enabled");
        navigation.put("icon_url", urls.logo().toString());
        for (String placement : new String[]{"link_selection", "assignment_selection"}) {
            ObjectNode deepLinking = placements.addObject();
            deepLinking.put("placement", placement);
            deepLinking.put("message_type", "LtiDeepLinkingRequest");
            deepLinking.put("text", "Cairn");
            deepLinking.put("target_link_uri", urls.launch().toString());
            deepLinking.put("icon_url", urls.logo().toString());
            deepLinking.put("selection_width", 800);
            deepLinking.put("selection_height", 600);
        }
        config.putObject("custom_fields").put("prefers_high_contrast", "$Canvas.user.prefersHighContrast");
        return config;
    }
}
