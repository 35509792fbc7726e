package org.cairn.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cairn.sandbox.control.PlatformKeys;
import org.cairn.sandbox.entity.Lti;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sandbox platform's protocol endpoints that are not per-course: keys, OpenID configuration, Dynamic
 * Registration, the OAuth 2.0 token endpoint and the CASE framework it hosts.
 */
@Path("/sandbox/.well-known")
public class PlatformResource {

    @Inject
    PlatformKeys keys;

    @Inject
    SandboxUrls urls;

    @GET
    @Path("jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The sandbox platform's public keys (JWKS)")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(keys.publicJwks().toString(true)).cacheControl(cache).build();
    }

    @GET
    @Path("openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The sandbox platform's OpenID configuration (LTI Dynamic Registration 1.0 §3.4)")
    public Map<String, Object> openidConfiguration() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("issuer", urls.issuer().toString());
        config.put("authorization_endpoint", urls.url("/auth").toString());
        config.put("registration_endpoint", urls.url("/registrations").toString());
        config.put("jwks_uri", urls.url("/.well-known/jwks.json").toString());
        config.put("token_endpoint", urls.tokenEndpoint().toString());
        config.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        config.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"));
        config.put("scopes_supported", Lti.SCOPES);
        config.put("response_types_supported", List.of("id_token"));
        config.put("id_token_signing_alg_values_supported", List.of("RS256"));
        config.put("claims_supported", List.of("sub", "iss", "name", "given_name", "family_name", "email", "locale"));
        config.put("subject_types_supported", List.of("public"));
        config.put("authorization_server", urls.issuer().getHost());
        config.put(Lti.PLATFORM_CONFIGURATION, Map.of(
                "product_family_code", Lti.PRODUCT_FAMILY_CODE,
                "version", "1.0",
                "messages_supported", List.of(
                        Map.of("type", "LtiResourceLinkRequest", "placements", List.of("course_navigation", "link_selection")),
                        Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("link_selection"))),
                "variables", List.of("Context.id", "ResourceLink.id", "Person.name.given")));
        return config;
    }

    static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return authorization.substring(7).trim();
    }

    /** RFC 6749 §5.2 error body. */
    static Response oauthError(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description == null ? error : description))
                .build();
    }
}
