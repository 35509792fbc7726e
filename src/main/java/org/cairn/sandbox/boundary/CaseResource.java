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

/** A CASE 1.0 provider hosting the sandbox's demo framework. */
@Path("/sandbox/case/frameworks")
public class CaseResource {

    private static final Logger LOG = Logger.getLogger(CaseResource.class.getName());

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
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A CASE 1.0 framework package the sandbox hosts (CFPackage)")
    public Response framework(@PathParam("id") String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) return Response.status(404).build();
        try (InputStream in = CaseResource.class.getResourceAsStream("/sandbox/case/" + id + ".json")) {
            if (in == null) {
                return PlatformResource.oauthError(404, "not_found", "the sandbox hosts no CASE framework " + id);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${sandbox}", urls.issuer().toString());
            return Response.ok(json).build();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read CASE framework " + id, e);
        }
    }

    @GET
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

}
