package org.cairn.sandbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.cairn.infra.config.Installation;
import org.cairn.infra.web.Landing;

/** In development "/" opens the sandbox course, so a fresh install shows Cairn inside an LMS at once. */
@ApplicationScoped
public class SandboxLanding implements Landing {

    @Inject
    Installation installation;

    @Override
    public Optional<URI> redirect() {
        return installation.sandboxEnabled() ? Optional.of(URI.create(installation.sandboxBaseUrl() + "/"))
                : Optional.empty();
    }
}
