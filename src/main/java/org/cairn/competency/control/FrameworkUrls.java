package org.cairn.competency.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cairn.infra.config.Installation;
import org.cairn.sandbox.boundary.CaseResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where frameworks can be fetched from: the configured fetcher, and in development the sandbox's hosted package. */
@ApplicationScoped
public class FrameworkUrls {

    @Inject
    Installation installation;

    @Inject
    @ConfigProperty(name = "cairn.competency.fetch-timeout", defaultValue = "PT20S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "cairn.competency.max-package-bytes", defaultValue = "16777216")
    int maxBytes;

    @Inject
    @ConfigProperty(name = "cairn.competency.trusted-hosts", defaultValue = " ")
    String trustedHosts;

    private FrameworkFetcher fetcher;

    @PostConstruct
    void init() {
        Set<String> trusted = Arrays.stream(trustedHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .collect(Collectors.toSet());
        fetcher = new FrameworkFetcher(installation.mode(), trusted, timeout, maxBytes);
    }

    public String fetch(String url) {
        return fetcher.fetch(url);
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** URLs a teacher may try: the sandbox's demo framework when the sandbox runs in development. */
    public List<String> suggestions() {
        if (!installation.mode().isDevelopment() || !installation.sandboxEnabled()) return List.of();
        return List.of(installation.sandboxBaseUrl() + "/case/frameworks/" + CaseResource.DEMO_FRAMEWORK);
    }
}
