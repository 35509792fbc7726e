package org.cairn.tenancy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.tenancy.control.ToolUrls;
import org.cairn.tenancy.entity.UnknownDeploymentPolicy;
import org.cairn.tenancy.keys.ToolKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The operator admin's JSON API (HTTP Basic, see {@link AdminAccess}); the /admin page and the tests use it. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    RegistrationAdmin admin;

    @Inject
    ToolKeys keys;

    @Inject
    ToolUrls urls;

    @Context
    HttpServletRequest request;

    /** Validated bodies are classes with public fields (Payara's OpenAPI generator fails on annotated records). */
    public static class NewRegistration {
        @NotBlank @Size(max = 512)
        public String issuer;
        @NotBlank @Size(max = 255)
        public String clientId;
        @NotBlank @Size(max = 255)
        public String name;
        @Size(max = 64)
        public String platformFamily;
        @NotBlank @Size(max = 1024)
        public String authorizationEndpoint;
        @Size(max = 1024)
        public String tokenEndpoint;
        @Size(max = 1024)
        public String tokenAudience;
        @NotBlank @Size(max = 1024)
        public String jwksUri;
    }

    public static class NewDeployment {
        @NotBlank @Size(max = 255)
        public String deploymentId;
        @Size(max = 255)
        public String label;
    }

    public static class PolicyChange {
        @NotNull
        public UnknownDeploymentPolicy policy;
    }

    public static class FrameOriginsChange {
        @NotNull @Size(max = 50)
        public List<@NotBlank @Size(max = 255) String> origins;
    }

    @GET
    @Path("registrations")
    @Operation(summary = "Every registration with its deployments and status")
    public List<RegistrationView> registrations() {
        return admin.list();
    }

    @GET
    @Path("registrations/{id}")
    @Operation(summary = "One registration")
    public RegistrationView registration(@PathParam("id") UUID id) {
        return admin.view(id);
    }

    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a registration by hand (Schoology, Blackboard, manual Moodle)")
    public Response add(@NotNull @Valid NewRegistration body) {
        RegistrationView created = admin.add(body.issuer.trim(), body.clientId.trim(), body.name.trim(), body.platformFamily,
                uri(body.authorizationEndpoint, "authorizationEndpoint"), optionalUri(body.tokenEndpoint, "tokenEndpoint"),
                optionalUri(body.tokenAudience, "tokenAudience"), uri(body.jwksUri, "jwksUri"), operator());
        return Response.created(URI.create("/api/v1/admin/registrations/" + created.id())).entity(created).build();
    }

    @POST
    @Path("registrations/{id}/approve")
    @Operation(summary = "Approve a PENDING registration (its pending deployments too)")
    public RegistrationView approve(@PathParam("id") UUID id) {
        return admin.approve(id, operator());
    }

    @POST
    @Path("registrations/{id}/enable")
    @Operation(summary = "Re-enable a DISABLED registration")
    public RegistrationView enable(@PathParam("id") UUID id) {
        return admin.approve(id, operator());
    }

    @POST
    @Path("registrations/{id}/disable")
    @Operation(summary = "Disable a registration: its launches are refused")
    public RegistrationView disable(@PathParam("id") UUID id) {
        return admin.disable(id, operator());
    }

    @PUT
    @Path("registrations/{id}/unknown-deployment-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a launch from a deployment Cairn does not know does: REFUSE or AUTO_CREATE")
    public RegistrationView policy(@PathParam("id") UUID id, @NotNull @Valid PolicyChange body) {
        return admin.policy(id, body.policy, operator());
    }

    @PUT
    @Path("registrations/{id}/frame-origins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Origins that may frame Cairn for this platform (empty list: the defaults)")
    public RegistrationView frameOrigins(@PathParam("id") UUID id, @NotNull @Valid FrameOriginsChange body) {
        return admin.frameOrigins(id, body.origins, operator());
    }

    @POST
    @Path("registrations/{id}/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a deployment id to a registration")
    public Response addDeployment(@PathParam("id") UUID id, @NotNull @Valid NewDeployment body) {
        RegistrationView view = admin.addDeployment(id, body.deploymentId.trim(), body.label, operator());
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("registrations/{id}/setup")
    @Operation(summary = "The exact values an LMS administrator pastes for this registration")
    public Map<String, Object> setup(@PathParam("id") UUID id) {
        RegistrationView registration = admin.view(id);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("registrationId", registration.id());
        values.put("issuer", registration.issuer());
        values.put("clientId", registration.clientId());
        values.put("deploymentIds", registration.deployments().stream().map(RegistrationView.DeploymentView::deploymentId).toList());
        values.put("loginUrl", urls.login(id));
        values.put("sharedLoginUrl", urls.login());
        values.put("redirectUrl", urls.launch());
        values.put("targetLinkUri", urls.launch());
        values.put("jwksUrl", urls.jwks());
        values.put("domain", urls.domain());
        values.put("canvasJsonUrl", urls.canvasJson());
        values.put("dynamicRegistrationUrl", urls.dynamicRegistration());
        return values;
    }

    @GET
    @Path("keys")
    @Operation(summary = "Cairn's published signing keys and their states")
    public List<ToolKeys.KeyView> keys() {
        return keys.keys();
    }

    @POST
    @Path("keys/rotate")
    @Operation(summary = "Rotate now: NEXT starts signing, CURRENT retires, a new NEXT is published")
    public List<ToolKeys.KeyView> rotate() {
        keys.rotate("operator " + operator());
        return keys.keys();
    }

    private String operator() {
        Object name = request.getAttribute(AdminAccess.OPERATOR);
        return name == null ? "operator" : name.toString();
    }

    private static URI uri(String value, String field) {
        try {
            URI uri = new URI(value.trim());
            if (!uri.isAbsolute() || uri.getHost() == null) throw new IllegalArgumentException();
            return uri;
        } catch (Exception e) {
            throw ProblemException.badRequest(Phrase.of("tenancy.problem.notAbsoluteUrl", field, String.valueOf(value)));
        }
    }

    private static URI optionalUri(String value, String field) {
        return value == null || value.isBlank() ? null : uri(value, field);
    }
}
