package org.cairn.sandbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Set;
import org.cairn.infra.config.Installation;
import org.cairn.infra.web.FramingOrigins;

/** The sandbox course page frames Cairn from its own origin (127.0.0.1 versus localhost), so Cairn allows it. */
@ApplicationScoped
public class SandboxFraming implements FramingOrigins {

    @Inject
    Installation installation;

    @Override
    public Set<String> origins() {
        if (!installation.sandboxEnabled()) return Set.of();
        URI base = installation.sandboxBaseUrl();
        return Set.of(base.getScheme() + "://" + base.getRawAuthority());
    }
}
