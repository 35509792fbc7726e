package org.cairn.sandbox.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import org.cairn.infra.web.JsonMapping;
import org.cairn.sandbox.control.ToolRegistrations;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.Lti;
import org.cairn.sandbox.entity.Tool;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sandbox platform's Dynamic Registration endpoint (LTI Dynamic Registration 1.0 §3.5). */
@Path("/sandbox/registrations")
public class RegistrationsResource {

    private static final Logger LOG = Logger.getLogger(RegistrationsResource.class.getName());

    @Inject
    Tools tools;

    @POST
        @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dynamic Registration: a tool registers with a one-time registration token as bearer")
    public Response register(@HeaderParam("Authorization") String authorization, String body) {
        JsonNode registration;
        try {
            registration = JsonMapping.mapper().readTree(body == null ? "" : body);
        } catch (IOException e) {
            return PlatformResource.oauthError(400, "invalid_client_metadata", "the registration body is not JSON");
        }
        Tool tool;
        try {
            tool = ToolRegistrations.read(registration);
        } catch (IllegalArgumentException e) {
            return PlatformResource.oauthError(400, "invalid_client_metadata", e.getMessage());
        }
        // Dynamic Registration 1.0 §3.5: the registration token is the bearer credential, valid once.
        if (!tools.spendRegistrationToken(PlatformResource.bearer(authorization), tool.clientId())) {
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

}
