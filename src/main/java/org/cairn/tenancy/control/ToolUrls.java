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

    private URI fixedBase;

    public ToolUrls() {
    }

    /** The URLs of an install at a given base URL, for tests and tools outside the container. */
    public static ToolUrls at(URI base) {
        ToolUrls urls = new ToolUrls();
        urls.fixedBase = base;
        return urls;
    }

    public URI base() {
        return fixedBase != null ? fixedBase : installation.baseUrl();
    }

    private URI url(String path) {
        return URI.create(base() + path);
    }

    /** The host (and port, if any) of the install, as LMSs want it in a "domain" field. */
    public String domain() {
        URI base = base();
        return base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }

    public URI login() {
        return url("/lti/login");
    }

    /** A login URL that names the registration, for platforms that omit client_id at login initiation. */
    public URI login(UUID registrationId) {
        return url("/lti/login/" + registrationId);
    }

    /** The redirect URI of the OIDC flow (form_post of the id_token) and the target link URI. */
    public URI launch() {
        return url("/lti/launch");
    }

    public URI jwks() {
        return url("/.well-known/jwks.json");
    }

    public URI canvasJson() {
        return url("/lti/canvas.json");
    }

    public URI dynamicRegistration() {
        return url("/lti/register");
    }

    public URI logo() {
        return url("/static/img/cairn.svg");
    }
}
