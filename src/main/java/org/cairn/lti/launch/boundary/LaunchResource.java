package org.cairn.lti.launch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.web.Html;
import org.cairn.infra.web.Page;
import org.cairn.lti.launch.control.BrowserBinding;
import org.cairn.lti.launch.control.IdTokenValidator;
import org.cairn.lti.launch.control.LoginStates;
import org.cairn.lti.launch.control.PlatformKeys;
import org.cairn.lti.launch.control.UsedNonces;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.LoginState;
import org.cairn.lti.launch.entity.LtiLaunch;
import org.cairn.lti.launch.entity.Reason;
import org.cairn.tenancy.control.KnownTenants;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.PlatformEndpoints;
import org.cairn.tenancy.entity.Registration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The redirect_uri: the platform's form post of {@code id_token} and {@code state} (LTI Core 1.3 §5.1.1.3).
 * Checks run in the order of lti-checklist.md and every refusal is a plain page with no session and no rows
 * beyond the spent state, the remembered nonce and (for an unknown deployment) a PENDING deployment.
 */
@ApplicationScoped
@Path("/lti/launch")
public class LaunchResource {

    /** Form field our own storage-check page posts back with the binding read from platform storage. */
    static final String STORAGE_BINDING = "lti_storage_binding";
    static final String STORAGE_CHECKED = "lti_storage_checked";

    @Inject
    HttpServletRequest request;

    @Inject
    LoginStates states;

    @Inject
    PlatformKeys platformKeys;

    /** Registrations and active deployments, kept for a moment: every launch reads them. */
    @Inject
    KnownTenants tenants;

    @Inject
    DeploymentGate deployments;

    @Inject
    Instance<LaunchHandler> handlers;

    @Inject
    Installation installation;

    @Inject
    Rejections rejections;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response launch(MultivaluedMap<String, String> form) {
        Rejections.Trace trace = new Rejections.Trace("launch");
        LoginState toSpend = null;
        NonceToRemember nonce = new NonceToRemember();
        if (form.getFirst("id_token") == null && form.getFirst("error") != null) {
            // OIDC Core §3.1.2.6 (response_mode form_post): the platform answered the authentication request with
            // an error instead of an id_token. Say so in its own words; nothing is created.
            return rejections.platformError(form.getFirst("error"), form.getFirst("error_description"), trace,
                    Rejections.inBrowserLanguage(request));
        }
        try {
            // 1. Size and shape before anything else.
            IdTokenValidator.CompactToken token = IdTokenValidator.parse(form.getFirst("id_token"));
            trace.kid = token.kid();
            // 2. State: present, bound to this browser, in the store, used once.
            String state = form.getFirst("state");
            if (state == null || state.isBlank() || state.length() > 64) {
                throw new LaunchRejected(Reason.STATE_MISSING, Phrase.of("lti.problem.stateMissing"));
            }
            String binding = cookie(BrowserBinding.cookieName(state));
            LoginState login = states.peek(state).filter(s -> !s.isExpiredAt(clock.instant())).orElseThrow(() ->
                    new LaunchRejected(Reason.STATE_UNKNOWN, Phrase.of("lti.problem.stateUnknown")));
            if (binding == null && login.usesPlatformStorage()) {
                binding = blankToNull(form.getFirst(STORAGE_BINDING));
                if (binding == null && form.getFirst(STORAGE_CHECKED) == null) {
                    return storageCheck(form.getFirst("id_token"), login);
                }
            }
            if (binding == null) {
                throw new Unbound(login);
            }
            // From here on the state is spent whatever happens: by the refusal below, or with the nonce.
            toSpend = login;
            if (!BrowserBinding.matches(binding, login.bindingHash())) {
                throw new LaunchRejected(Reason.STATE_NOT_BOUND, Phrase.of("lti.problem.stateOtherBrowser"));
            }
            Registration registration = registration(login);
            trace.issuer = registration.issuer();
            trace.clientId = registration.clientId();
            LaunchGuards.requireUsable(registration, installation);
            // 3-. Algorithm, key, signature and claims; the nonce is remembered when the state is spent.
            LtiLaunch launch = validator(nonce).validate(token, expectation(registration, login),
                    platformKeys.of(registration.id(), registration.endpoints().jwks()));
            trace.deploymentId = launch.deploymentId();
            Deployment deployment;
            try {
                deployment = tenants.activeDeployment(registration.id(), launch.deploymentId())
                        .orElseGet(() -> deployments.admit(registration, launch.deploymentId()));
            } catch (DeploymentGate.PendingRecorded pending) {
                throw pending.rejection;
            }
            // Used once: one commit spends the state and remembers the nonce; a second launch with either loses.
            toSpend = null;
            spend(login.state(), nonce.use);
            return handler(launch.messageType()).handle(launch, registration, deployment);
        } catch (Unbound unbound) {
            return rejections.unbound(unbound.rejection, trace, Rejections.inBrowserLanguage(request),
                    restartUrl(unbound.login));
        } catch (LaunchRejected rejected) {
            if (toSpend != null) spendRefused(toSpend.state(), nonce.use);
            return rejections.page(rejected, trace, Rejections.inBrowserLanguage(request));
        } catch (RuntimeException failure) {
            // Not a refusal (a platform or database fault): the state is spent all the same, never tried twice.
            if (toSpend != null) {
                try {
                    spendRefused(toSpend.state(), nonce.use);
                } catch (RuntimeException alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                }
            }
            throw failure;
        }
    }

    /** Spends the state of an accepted id_token with its nonce; a state or nonce already used refuses the launch. */
    private void spend(String state, UsedNonces.Use nonce) {
        boolean spent;
        try {
            spent = states.spend(state, nonce);
        } catch (UsedNonces.AlreadyUsed e) {
            states.spend(state, null);
            throw new LaunchRejected(Reason.NONCE_REPLAYED, Phrase.of("lti.problem.nonceUsed"));
        }
        if (!spent) {
            throw new LaunchRejected(Reason.STATE_UNKNOWN, Phrase.of("lti.problem.stateUsed"));
        }
    }

    /** A refused launch spends its state too (and the nonce, when its checks got that far): never tried twice. */
    private void spendRefused(String state, UsedNonces.Use nonce) {
        try {
            states.spend(state, nonce);
        } catch (UsedNonces.AlreadyUsed e) {
            states.spend(state, null);
        }
    }

    /** A transaction-scoped EntityManager reads outside a transaction too (the entity is detached, read-only here). */
    private Registration registration(LoginState login) {
        return tenants.registration(login.registrationId()).orElseThrow(() -> new LaunchRejected(
                Reason.UNKNOWN_REGISTRATION, Phrase.of("lti.problem.registrationGone")));
    }

    private IdTokenValidator validator(NonceToRemember nonce) {
        return new IdTokenValidator(clock, nonce, acceptedMessageTypes(), installation.mode().isDevelopment());
    }

    /**
     * The validator's nonce ledger for one launch: it notes the nonce, which is written with the state's spending
     * (one commit). The nonce already equals the one issued for this single-use state, so it cannot have been
     * accepted before unless the state was spent too; the table's key refuses it on any node all the same.
     */
    private static final class NonceToRemember implements IdTokenValidator.NonceLedger {
        UsedNonces.Use use;

        @Override
        public boolean remember(String issuer, String nonce, java.time.Instant until) {
            use = new UsedNonces.Use(issuer, nonce, until);
            return true;
        }
    }

    /** The handler beans by message type, looked up once (this resource lives as long as the application). */
    private volatile Map<String, LaunchHandler> byMessageType;

    private Map<String, LaunchHandler> handlersByMessageType() {
        Map<String, LaunchHandler> known = byMessageType;
        if (known == null) {
            Map<String, LaunchHandler> found = new java.util.TreeMap<>();
            for (LaunchHandler handler : handlers) found.put(handler.messageType(), handler);
            known = Map.copyOf(found);
            byMessageType = known;
        }
        return known;
    }

    private Set<String> acceptedMessageTypes() {
        return new TreeSet<>(handlersByMessageType().keySet());
    }

    private LaunchHandler handler(String messageType) {
        LaunchHandler handler = handlersByMessageType().get(messageType);
        if (handler != null) return handler;
        throw new LaunchRejected(Reason.UNSUPPORTED_MESSAGE_TYPE, Phrase.of("lti.problem.messageTypeHere",
                messageType));
    }

    static IdTokenValidator.Expectation expectation(Registration registration, LoginState login) {
        PlatformEndpoints endpoints = registration.endpoints();
        List<URI> hosts = new ArrayList<>();
        hosts.add(endpoints.authorization());
        hosts.add(endpoints.jwks());
        hosts.add(endpoints.token());
        return new IdTokenValidator.Expectation(registration.id(), registration.issuer(), registration.clientId(),
                registration.allowedAlgorithms(), login.nonce(), login.deploymentHint(),
                IdTokenValidator.hostsOf(registration.issuer(), hosts));
    }

    private String cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) return null;
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) return blankToNull(cookie.getValue());
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * No cookie came back but the platform offered client-side storage: a page whose script reads the binding
     * with lti.get_data and posts the launch again with it. The state is not spent yet.
     */
    private Response storageCheck(String idToken, LoginState login) {
        Messages messages = Rejections.inBrowserLanguage(request);
        String body = "<div class=\"page\"><p role=\"status\">" + Html.escape(messages.get("lti.login.wait"))
                + "</p></div>";
        return Page.in(messages).title(messages.get("lti.login.title")).privateAndUncached().body(body)
                .module("/static/js/launch/launch-storage.js")
                .boot("idToken", idToken)
                .boot("state", login.state())
                .boot("storageTarget", login.storageTarget())
                .boot("platformOrigin", login.platformOrigin())
                .render();
    }

    /** Starting over from the login in a top-level window, where the state cookie is first-party. */
    private String restartUrl(LoginState login) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("iss", "");
        query.put("login_hint", login.loginHint());
        if (login.messageHint() != null) query.put("lti_message_hint", login.messageHint());
        query.put("target_link_uri", login.targetLinkUri().toString());
        if (login.clientId() != null) query.put("client_id", login.clientId());
        if (login.deploymentHint() != null) query.put("lti_deployment_id", login.deploymentHint());
        try {
            Registration registration = registration(login);
            query.put("iss", registration.issuer());
            return LoginResource.withQuery(installation.url("/lti/login/" + registration.id()), query).toString();
        } catch (LaunchRejected e) {
            return null;
        }
    }

    /** The state could not be tied to this browser: neither cookie nor platform storage. */
    private static final class Unbound extends RuntimeException {
        final LoginState login;
        final LaunchRejected rejection;

        Unbound(LoginState login) {
            super("unbound", null, false, false);
            this.login = login;
            this.rejection = new LaunchRejected(Reason.STATE_NOT_BOUND, Phrase.of("lti.problem.stateCookieBlocked"));
        }
    }
}
