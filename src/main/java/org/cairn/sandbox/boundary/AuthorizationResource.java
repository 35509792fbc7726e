package org.cairn.sandbox.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.sandbox.control.Gradebook;
import org.cairn.sandbox.control.LaunchClaims;
import org.cairn.sandbox.control.PlatformKeys;
import org.cairn.sandbox.control.Sessions;
import org.cairn.sandbox.control.Tools;
import org.cairn.sandbox.entity.Course;
import org.cairn.sandbox.entity.LineItem;
import org.cairn.sandbox.entity.Placement;
import org.cairn.sandbox.entity.SandboxUser;
import org.cairn.sandbox.entity.Tool;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The platform's OIDC authorization endpoint (LTI Core 1.3 §5.1.1.2, 1EdTech Security Framework §5.1.1.2):
 * checks the tool's authentication request and answers with an auto-submitting form that posts the signed
 * id_token and state to the tool's registered redirect URI.
 */
@Path("/sandbox/auth")
public class AuthorizationResource {

    private static final Logger LOG = Logger.getLogger(AuthorizationResource.class.getName());

    @Inject
    Tools tools;

    @Inject
    Sessions sessions;

    @Inject
    PlatformKeys keys;

    @Inject
    Gradebook gradebook;

    @Inject
    org.cairn.sandbox.control.Modules modules;

    @Inject
    SandboxUrls urls;

    @Inject
    Clock clock;

    @Inject
    org.cairn.sandbox.control.Rosters rosters;

    @GET
    @Produces("text/html")
    @Operation(summary = "OIDC authorization endpoint of the sandbox platform (form_post of an id_token)")
    public Response authorize(@QueryParam("scope") String scope, @QueryParam("response_type") String responseType,
                              @QueryParam("response_mode") String responseMode, @QueryParam("prompt") String prompt,
                              @QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                              @QueryParam("login_hint") String loginHint,
                              @QueryParam("lti_message_hint") String messageHint, @QueryParam("nonce") String nonce,
                              @QueryParam("state") String state,
                              @CookieParam(Sessions.COOKIE) String session) {
        Messages messages = Messages.forLocale(Messages.ENGLISH);
        // Security Framework §5.1.1.2: nothing is sent anywhere until client_id and redirect_uri are known good;
        // before that an error is a page of our own, never a redirect built from the request.
        Optional<Tool> found = tools.byClientId(clientId);
        if (found.isEmpty()) {
            return errorPage(messages, "client_id " + clientId + " is not a tool registered with this platform");
        }
        Tool tool = found.get();
        if (!tool.registeredRedirect(redirectUri)) {
            return errorPage(messages, "redirect_uri " + redirectUri + " is not one of the redirect URIs registered "
                    + "by client " + clientId);
        }
        if (!"openid".equals(scope)) return errorToTool(redirectUri, state, "invalid_scope", "scope must be openid");
        if (!"id_token".equals(responseType)) {
            return errorToTool(redirectUri, state, "unsupported_response_type", "response_type must be id_token");
        }
        if (!"form_post".equals(responseMode)) {
            return errorToTool(redirectUri, state, "invalid_request", "response_mode must be form_post");
        }
        if (!"none".equals(prompt)) return errorToTool(redirectUri, state, "invalid_request", "prompt must be none");
        if (nonce == null || nonce.isBlank()) return errorToTool(redirectUri, state, "invalid_request", "nonce is missing");
        if (state == null || state.isBlank()) return errorToTool(redirectUri, state, "invalid_request", "state is missing");
        Optional<SandboxUser> user = sessions.user(session);
        if (user.isEmpty() || !user.get().id().equals(loginHint)) {
            return errorToTool(redirectUri, state, "login_required",
                    "login_hint is not the user signed in to the sandbox");
        }
        Placement placement;
        try {
            placement = Placement.fromHint(messageHint);
        } catch (IllegalArgumentException e) {
            return errorToTool(redirectUri, state, "invalid_request", e.getMessage());
        }
        Optional<Course> course = rosters.course(placement.courseId());
        if (course.isEmpty() || course.get().member(user.get().id()).isEmpty()) {
            return errorToTool(redirectUri, state, "access_denied", "the user is not a member of course "
                    + placement.courseId());
        }
        Optional<String> lineItem = placement.resourceLinkId() == null ? Optional.empty()
                : gradebook.lineItems(course.get().id(), null, null, placement.resourceLinkId()).stream().findFirst()
                .map(LineItem::id)
                .map(id -> urls.url("/api/courses/" + course.get().id() + "/lineitems/" + id).toString());
        com.nimbusds.jwt.JWTClaimsSet claims = LaunchClaims.build(new LaunchClaims.Launch(urls.issuer(), tool,
                user.get(), course.get(), placement, nonce, clock.instant(), lineItem));
        Optional<org.cairn.sandbox.entity.ContentItem> item = placement.contentItemId()
                .flatMap(id -> modules.item(course.get().id(), id));
        if (placement.contentItemId().isPresent() && item.isEmpty()) {
            return errorToTool(redirectUri, state, "invalid_request", "the module item of this launch is gone");
        }
        if (item.isPresent()) {
            claims = LaunchClaims.forContentItem(claims, item.get().title(), modules.custom(item.get().id()));
        }
        String idToken = keys.sign(claims);
        LOG.info(() -> "Sandbox launch " + placement.messageType() + " to client id " + tool.clientId()
                + ", deployment id " + tool.deploymentId());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", state);
        return formPost(messages, redirectUri, fields);
    }

    /** OIDC Core §3.1.2.6 with response_mode form_post: the error goes to the validated redirect URI. */
    private Response errorToTool(String redirectUri, String state, String error, String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("error", error);
        fields.put("error_description", description);
        if (state != null) fields.put("state", state);
        return formPost(Messages.forLocale(Messages.ENGLISH), redirectUri, fields);
    }

    static Response formPost(Messages messages, String action, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form id=\"sandbox-autopost\" method=\"post\" action=\"")
                .append(Html.escape(action)).append("\">");
        fields.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"").append(Html.escape(name))
                .append("\" value=\"").append(Html.escape(value)).append("\">"));
        form.append("<p>").append(Html.escape(messages.get("sandbox.autopost.wait"))).append("</p>")
                .append("<noscript><button type=\"submit\">").append(Html.escape(messages.get("sandbox.autopost.continue")))
                .append("</button></noscript></form>");
        return Page.in(messages).title(messages.get("sandbox.autopost.title")).body(form.toString())
                .module("/static/js/sandbox/autopost.js").privateAndUncached().render();
    }

    static Response errorPage(Messages messages, String detail) {
        String body = "<div class=\"page\"><h1>" + Html.escape(messages.get("sandbox.error.title")) + "</h1><p>"
                + Html.escape(detail) + "</p></div>";
        return Page.in(messages).title(messages.get("sandbox.error.title")).body(body).status(400)
                .privateAndUncached().render();
    }
}
