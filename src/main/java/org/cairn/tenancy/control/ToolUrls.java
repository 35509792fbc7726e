package org.cairn.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import org.cairn.infra.config.Installation;

/**
 * The URLs of this Cairn install that an LMS administrator pastes into their LMS (fixed across the team, see
 * TEAM.md): the same values appear in Dynamic Registration, the Canvas JSON and the admin's copy-values view.
 */
@ApplicationScoped
public class ToolUrls {

    @Inject
    Installation installation;

    public ToolUrls() {
    }

    /** For unit tests and builders outside the container. */
    public ToolUrls(Installation installation) {
        this.installation = installation;
    }

    public URI base() {
        return installation.baseUrl();
    }

    /** The host (and port, if any) of the install, as LMSs want it in a "domain" field. */
    public String domain() {
        URI base = base();
        return base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }

    public URI login() {
        return installation.url("/lti/login");
    }

    /** A login URL that names the registration, for platforms that omit client_id at login initiation. */
    public URI login(UUID registrationId) {
        return installation.url("/lti/login/" + registrationId);
    }

    /** The redirect URI of the OIDC flow (form_post of the id_token) and the target link URI. */
    public URI launch() {
        return installation.url("/lti/launch");
    }

    public URI jwks() {
        return installation.url("/.well-known/jwks.json");
    }

    public URI canvasJson() {
        return installation.url("/lti/canvas.json");
    }

    public URI dynamicRegistration() {
        return installation.url("/lti/register");
    }

    public URI logo() {
        return installation.url("/static/img/cairn.svg");
    }
}
