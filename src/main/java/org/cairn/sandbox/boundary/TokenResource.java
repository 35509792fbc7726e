package org.cairn.sandbox.boundary;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.MalformedURLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cairn.sandbox.control.AccessTokens;
import org.cairn.sandbox.control.ClientAssertions;
import org.cairn.sandbox.control.ToolKeys;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.Fault;
import org.cairn.sandbox.entity.Tool;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sandbox platform's OAuth 2.0 token endpoint (client credentials, RFC 7523 client assertions). */
@Path("/sandbox/token")
public class TokenResource {

    private static final Logger LOG = Logger.getLogger(TokenResource.class.getName());

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

    @POST
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
            return PlatformResource.oauthError(400, code, e.getMessage());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        AuthorizationGrant grant = request.getAuthorizationGrant();
        if (!(grant instanceof ClientCredentialsGrant)) {
            return PlatformResource.oauthError(400, "unsupported_grant_type", "only grant_type=client_credentials is supported");
        }
        ClientAuthentication authentication = request.getClientAuthentication();
        if (!(authentication instanceof PrivateKeyJWT jwt)) {
            return PlatformResource.oauthError(401, "invalid_client", "authenticate with a client_assertion of type "
                    + "urn:ietf:params:oauth:client-assertion-type:jwt-bearer (RFC 7523)");
        }
        Tool tool;
        try {
            tool = new ClientAssertions(clock, tools::byClientId, toolKeys, accessTokens)
                    .verify(jwt.getClientAssertion().serialize(), urls.tokenEndpoint());
        } catch (ClientAssertions.Rejected e) {
            LOG.info(() -> "Sandbox token request refused: " + e.getMessage());
            return PlatformResource.oauthError(401, e.error(), e.getMessage());
        }
        Set<String> scopes = new LinkedHashSet<>();
        Scope requested = request.getScope();
        if (requested == null || requested.isEmpty()) {
            scopes.addAll(tool.scopes());
        } else {
            for (String scope : requested.toStringList()) {
                if (!tool.scopes().contains(scope)) {
                    return PlatformResource.oauthError(400, "invalid_scope", "scope " + scope + " was not registered by client "
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

}
