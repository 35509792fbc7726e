package org.cairn.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Tool;

/**
 * Reads a tool's registration request (LTI Dynamic Registration 1.0 §3.5.1, OpenID Connect Dynamic Client
 * Registration) into a new {@link Tool} with a fresh client id and deployment id; IllegalArgumentException
 * says which field is wrong (answered as invalid_client_metadata, RFC 7591 §3.2.2).
 */
public final class ToolRegistrations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ToolRegistrations() {
    }

    public static Tool read(JsonNode body) {
        if (body == null || !body.isObject()) throw new IllegalArgumentException("the registration must be a JSON object");
        if (!"web".equals(text(body, "application_type", "web"))) {
            throw new IllegalArgumentException("application_type must be web");
        }
        List<String> grants = strings(body.get("grant_types"));
        if (!grants.contains("implicit") || !grants.contains("client_credentials")) {
            throw new IllegalArgumentException("grant_types must contain implicit and client_credentials");
        }
        List<String> responseTypes = strings(body.get("response_types"));
        if (!responseTypes.contains("id_token")) throw new IllegalArgumentException("response_types must contain id_token");
        if (!"private_key_jwt".equals(text(body, "token_endpoint_auth_method", null))) {
            throw new IllegalArgumentException("token_endpoint_auth_method must be private_key_jwt");
        }
        List<String> redirects = strings(body.get("redirect_uris"));
        if (redirects.isEmpty()) throw new IllegalArgumentException("redirect_uris must list at least one URL");
        redirects.forEach(r -> url("redirect_uris", r));
        URI login = url("initiate_login_uri", text(body, "initiate_login_uri", null));
        URI jwks = url("jwks_uri", text(body, "jwks_uri", null));
        JsonNode configuration = body.get(Lti.TOOL_CONFIGURATION);
        if (configuration == null || !configuration.isObject()) {
            throw new IllegalArgumentException(Lti.TOOL_CONFIGURATION + " is missing");
        }
        URI target = url("target_link_uri", text(configuration, "target_link_uri", null));
        String domain = text(configuration, "domain", null);
        if (domain == null || domain.isBlank()) throw new IllegalArgumentException("the tool configuration needs a domain");
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : text(body, "scope", "").split(" ")) {
            // Unsupported scopes are left out of the grant, as Canvas does, rather than refused.
            if (Lti.SCOPES.contains(scope)) scopes.add(scope);
        }
        String name = text(body, "client_name", "Unnamed tool");
        return new Tool("sbx-" + hex(8), "1:" + hex(10), name, redirects, login, jwks, target, scopes);
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return otherwise;
        if (!value.isTextual()) throw new IllegalArgumentException(field + " must be a string");
        return value.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) node.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static URI url(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is missing");
        try {
            URI uri = new URI(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException(field + " must be an absolute http(s) URL without a fragment: " + value);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a URL: " + value);
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
