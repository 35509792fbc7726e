package org.cairn.sandbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.cairn.infra.config.Installation;

/** The sandbox's own absolute URLs (its issuer is its base URL) and Cairn's, as an LMS would know them. */
@ApplicationScoped
public class SandboxUrls {

    @Inject
    Installation installation;

    public URI issuer() {
        return installation.sandboxBaseUrl();
    }

    public URI url(String path) {
        return URI.create(installation.sandboxBaseUrl() + path);
    }

    public URI tokenEndpoint() {
        return url("/token");
    }

    public URI openidConfiguration() {
        return url("/.well-known/openid-configuration");
    }

    public URI cairn(String path) {
        return installation.url(path);
    }

    public String cairnOrigin() {
        URI base = installation.baseUrl();
        return base.getScheme() + "://" + base.getRawAuthority();
    }
}
