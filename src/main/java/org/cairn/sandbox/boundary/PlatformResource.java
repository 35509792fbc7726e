package org.cairn.sandbox.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cairn.infra.web.JsonMapping;
import org.cairn.sandbox.control.AccessTokens;
import org.cairn.sandbox.control.ClientAssertions;
import org.cairn.sandbox.control.PlatformKeys;
import org.cairn.sandbox.control.ToolKeys;
import org.cairn.sandbox.control.ToolRegistrations;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.Fault;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Tool;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sandbox platform's protocol endpoints that are not per-course: keys, OpenID configuration, Dynamic
 * Registration, the OAuth 2.0 token endpoint and the CASE framework it hosts.
 */
@Path("/sandbox")
public class PlatformResource {

    private static final Logger LOG = Logger.getLogger(PlatformResource.class.getName());

    @Inject
    PlatformKeys keys;

    @Inject
    Tools tools;

    @Inject
    ToolKeys toolKeys;

    @Inject
    AccessTokens accessTokens;

    @Inject
    SandboxUrls urls;

    @Inject
    FaultInjection faults;

    @Inject
    Clock clock;

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The sandbox platform's public keys (JWKS)")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(keys.publicJwks().toString(true)).cacheControl(cache).build();
    }

    @GET
    @Path(".well-known/openid-configuration")
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

    @POST
    @Path("registrations")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dynamic Registration: a tool registers with a one-time registration token as bearer")
    public Response register(@HeaderParam("Authorization") String authorization, String body) {
        JsonNode registration;
        try {
            registration = JsonMapping.mapper().readTree(body == null ? "" : body);
        } catch (IOException e) {
            return oauthError(400, "invalid_client_metadata", "the registration body is not JSON");
        }
        Tool tool;
        try {
            tool = ToolRegistrations.read(registration);
        } catch (IllegalArgumentException e) {
            return oauthError(400, "invalid_client_metadata", e.getMessage());
        }
        // Dynamic Registration 1.0 §3.5: the registration token is the bearer credential, valid once.
        if (!tools.spendRegistrationToken(bearer(authorization), tool.clientId())) {
            return Response.status(401).type(MediaType.APPLICATION_JSON)
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .entity(Map.of("error", "invalid_token",
                            "error_description", "the registration token is unknown, expired or already used"))
                    .build();
        }
        tools.add(tool, registration);
        LOG.info(() -> "Sandbox registered tool client id " + tool.clientId() + ", deployment id "
                + tool.deploymentId() + ", jwks " + tool.jwksUri());
        ObjectNode answer = ((ObjectNode) registration).deepCopy();
        answer.put("client_id", tool.clientId());
        answer.put("scope", String.join(" ", tool.scopes()));
        ObjectNode configuration = answer.with(Lti.TOOL_CONFIGURATION);
        configuration.put("deployment_id", tool.deploymentId());
        return Response.status(201).entity(answer).build();
    }

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OAuth 2.0 client credentials with an RFC 7523 client assertion")
    public Response token(String form) {
        var fault = faults.apply(Fault.Target.TOKEN);
        if (fault.isPresent()) return fault.get();
        TokenRequest request;
        try {
            HTTPRequest http = new HTTPRequest(HTTPRequest.Method.POST, urls.tokenEndpoint().toURL());
            http.setEntityContentType(com.nimbusds.common.contenttype.ContentType.APPLICATION_URLENCODED);
            http.setBody(form == null ? "" : form);
            request = TokenRequest.parse(http);
        } catch (ParseException e) {
            String code = e.getErrorObject() == null ? "invalid_request" : e.getErrorObject().getCode();
            return oauthError(400, code, e.getMessage());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        AuthorizationGrant grant = request.getAuthorizationGrant();
        if (!(grant instanceof ClientCredentialsGrant)) {
            return oauthError(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        ClientAuthentication authentication = request.getClientAuthentication();
        if (!(authentication instanceof PrivateKeyJWT jwt)) {
            return oauthError(401, "invalid_client", "authenticate with a client_assertion of type "
                    + "urn:ietf:params:oauth:client-assertion-type:jwt-bearer (RFC 7523)");
        }
        Tool tool;
        try {
            tool = new ClientAssertions(clock, tools::byClientId, toolKeys, accessTokens)
                    .verify(jwt.getClientAssertion().serialize(), urls.tokenEndpoint());
        } catch (ClientAssertions.Rejected e) {
            LOG.info(() -> "Sandbox token request refused: " + e.getMessage());
            return oauthError(401, e.error(), e.getMessage());
        }
        Set<String> scopes = new LinkedHashSet<>();
        Scope requested = request.getScope();
        if (requested == null || requested.isEmpty()) {
            scopes.addAll(tool.scopes());
        } else {
            for (String scope : requested.toStringList()) {
                if (!tool.scopes().contains(scope)) {
                    return oauthError(400, "invalid_scope", "scope " + scope + " was not registered by client "
                            + tool.clientId());
                }
                scopes.add(scope);
            }
        }
        String token = accessTokens.issue(tool.clientId(), scopes);
        LOG.fine(() -> "Sandbox issued an access token to client id " + tool.clientId());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        answer.put("scope", String.join(" ", scopes));
        return Response.ok(answer).header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    @GET
    @Path("case/frameworks/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A CASE 1.0 framework package the sandbox hosts (CFPackage)")
    public Response framework(@PathParam("id") String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) return Response.status(404).build();
        try (InputStream in = PlatformResource.class.getResourceAsStream("/sandbox/case/" + id + ".json")) {
            if (in == null) {
                return oauthError(404, "not_found", "the sandbox hosts no CASE framework " + id);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${sandbox}", urls.issuer().toString());
            return Response.ok(json).build();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read CASE framework " + id, e);
        }
    }

    @GET
    @Path("case/frameworks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The CASE 1.0 frameworks the sandbox hosts (CFDocuments)")
    public Map<String, Object> frameworks() {
        String id = DEMO_FRAMEWORK;
        String uri = urls.url("/case/frameworks/" + id).toString();
        return Map.of("CFDocuments", List.of(Map.of("identifier", id, "uri", uri,
                "title", "Cairn Demo: Grade 6 Math, Writing and Habits", "creator", "Cairn Sandbox LMS",
                "CFPackageURI", Map.of("identifier", id, "uri", uri, "title", "Cairn Demo"))));
    }

    /** The demo CASE framework's CFDocument identifier (src/main/resources/sandbox/case/). */
    public static final String DEMO_FRAMEWORK = "83675b13-be9d-59d5-bd1e-a14b38c54f65";

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
