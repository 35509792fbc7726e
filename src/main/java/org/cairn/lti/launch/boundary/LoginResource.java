package org.cairn.lti.launch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.lti.launch.control.BrowserBinding;
import org.cairn.lti.launch.control.LoginStates;
import org.cairn.infra.web.WebOrigin;
import org.cairn.lti.launch.control.TargetLinks;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.LoginState;
import org.cairn.lti.launch.entity.Reason;
import org.cairn.tenancy.control.KnownTenants;
import org.cairn.tenancy.entity.Registration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * OIDC login initiation (LTI Core 1.3 §5.1.1, Security Framework §5.1.1): finds the registration, checks the
 * target, stores a fresh state and nonce, binds the state to this browser, and sends a GET authentication request
 * to the platform (a GET because Moodle 4.5's SameSite=Lax cookies break POSTed ones). Canvas's extras
 * ({@code canvas_region}, {@code canvas_environment}) are ignored.
 */
@ApplicationScoped
@Path("/lti/login")
public class LoginResource {

    /** Registrations as logins read them, kept for a moment (a login per launch must not cost a query). */
    @Inject
    KnownTenants registrations;

    @Inject
    LoginStates states;

    @Inject
    Installation installation;

    @Inject
    Rejections rejections;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response loginGet(@Context UriInfo uri) {
        return initiate(uri.getQueryParameters(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response loginPost(MultivaluedMap<String, String> form) {
        return initiate(form, null);
    }

    @GET
    @Path("{registration}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response loginGetFor(@PathParam("registration") String registration, @Context UriInfo uri) {
        return initiate(uri.getQueryParameters(), registration);
    }

    @POST
    @Path("{registration}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response loginPostFor(@PathParam("registration") String registration, MultivaluedMap<String, String> form) {
        return initiate(form, registration);
    }

    private Response initiate(MultivaluedMap<String, String> params, String pathRegistration) {
        Rejections.Trace trace = new Rejections.Trace("login");
        try {
            String issuer = required(params, "iss");
            trace.issuer = issuer;
            String loginHint = required(params, "login_hint");
            String target = required(params, "target_link_uri");
            String clientId = optional(params, "client_id");
            trace.clientId = clientId;
            String deploymentHint = optional(params, "lti_deployment_id");
            trace.deploymentId = deploymentHint;
            String messageHint = optional(params, "lti_message_hint");
            String storageTarget = optional(params, "lti_storage_target");

            Registration registration = registration(issuer, clientId, pathRegistration);
            trace.clientId = registration.clientId();
            LaunchGuards.requireUsable(registration, installation);
            URI targetLink = TargetLinks.ownUrl(target, installation.baseUrl()).orElseThrow(() -> new LaunchRejected(
                    Reason.BAD_TARGET_LINK, Phrase.of("lti.problem.targetLink", target,
                    installation.url("/lti/launch").toString(), installation.url("/").toString(),
                    installation.url("/course").toString())));

            BrowserBinding binding = BrowserBinding.fresh();
            URI authorization = registration.endpoints().authorization();
            String platformOrigin = WebOrigin.of(authorization.toString()).orElse(null);
            LoginState state = new LoginState(binding.state(), binding.nonce(), binding.hash(), registration.id(),
                    deploymentHint, targetLink, storageTarget, platformOrigin, registration.clientId(), loginHint,
                    messageHint, clock.instant().plus(BrowserBinding.LIFETIME));
            states.save(state);

            Map<String, String> query = new LinkedHashMap<>();
            query.put("scope", "openid");
            query.put("response_type", "id_token");
            query.put("response_mode", "form_post");
            query.put("prompt", "none");
            query.put("client_id", registration.clientId());
            query.put("redirect_uri", installation.url("/lti/launch").toString());
            query.put("login_hint", loginHint);
            if (messageHint != null) query.put("lti_message_hint", messageHint);
            query.put("state", binding.state());
            query.put("nonce", binding.nonce());
            URI authUrl = withQuery(authorization, query);

            if (storageTarget != null && !storageTarget.isBlank()) {
                // LTI client-side postMessages: also keep the binding in the platform's storage, then go on.
                Messages messages = Rejections.inBrowserLanguage(request);
                String body = "<div class=\"page\"><p role=\"status\">" + Html.escape(messages.get("lti.login.wait"))
                        + "</p><noscript><p><a href=\"" + Html.escape(authUrl.toString()) + "\">"
                        + Html.escape(messages.get("lti.login.continue")) + "</a></p></noscript></div>";
                return Page.in(messages).title(messages.get("lti.login.title")).privateAndUncached().body(body)
                        .module("/static/js/launch/login-storage.js")
                        .boot("authUrl", authUrl.toString())
                        .boot("state", binding.state())
                        .boot("binding", binding.value())
                        .boot("storageTarget", storageTarget)
                        .boot("platformOrigin", platformOrigin)
                        .header("Set-Cookie", binding.cookie())
                        .render();
            }
            return Response.status(302).location(authUrl)
                    .header("Set-Cookie", binding.cookie())
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .build();
        } catch (LaunchRejected rejected) {
            return rejections.page(rejected, trace, Rejections.inBrowserLanguage(request));
        }
    }

    /**
     * lti-checklist "Tenants": (iss, client_id); else the registration of the per-registration URL; else, when
     * the issuer has exactly one registration, that one (Canvas may omit client_id).
     */
    private Registration registration(String issuer, String clientId, String pathRegistration) {
        if (pathRegistration != null) {
            Optional<Registration> byPath = parseUuid(pathRegistration).flatMap(registrations::registration)
                    .filter(r -> r.issuer().equals(issuer) && (clientId == null || r.clientId().equals(clientId)));
            return byPath.orElseThrow(() -> new LaunchRejected(Reason.UNKNOWN_REGISTRATION, clientId == null
                    ? Phrase.of("lti.problem.loginUrlRegistration", pathRegistration, issuer)
                    : Phrase.of("lti.problem.loginUrlRegistrationClient", pathRegistration, issuer, clientId)));
        }
        if (clientId != null) {
            return registrations.registration(issuer, clientId).orElseThrow(() -> new LaunchRejected(
                    Reason.UNKNOWN_REGISTRATION, Phrase.of("lti.problem.noRegistrationClient", issuer, clientId)));
        }
        List<Registration> ofIssuer = registrations.ofIssuer(issuer);
        if (ofIssuer.isEmpty()) {
            throw new LaunchRejected(Reason.UNKNOWN_REGISTRATION, Phrase.of("lti.problem.noRegistration", issuer));
        }
        if (ofIssuer.size() > 1) {
            throw new LaunchRejected(Reason.AMBIGUOUS_ISSUER, Phrase.of("lti.problem.ambiguousIssuer", issuer,
                    String.valueOf(ofIssuer.size()), installation.url("/lti/login/{registration id}").toString()));
        }
        return ofIssuer.get(0);
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String required(MultivaluedMap<String, String> params, String name) {
        String value = optional(params, name);
        if (value == null) {
            throw new LaunchRejected(Reason.MISSING_PARAMETER, Phrase.of("lti.problem.missingParameter", name));
        }
        return value;
    }

    private static String optional(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static URI withQuery(URI base, Map<String, String> query) {
        StringBuilder url = new StringBuilder(base.toString());
        int hash = url.indexOf("#");
        if (hash >= 0) url.setLength(hash);
        char separator = base.getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            url.append(separator).append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return URI.create(url.toString());
    }
}
