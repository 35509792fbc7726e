package org.cairn.infra.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Facts about this Cairn install that many features need: its public base URL (the origin LMSs and browsers
 * reach it at) and whether it runs in development or production mode.
 */
@ApplicationScoped
public class Installation {

    @Inject
    @ConfigProperty(name = "cairn.mode", defaultValue = "auto")
    String configuredMode;

    @Inject
    @ConfigProperty(name = "cairn.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "cairn.base-url", defaultValue = "http://localhost:8080")
    String configuredBaseUrl;

    @Inject
    @ConfigProperty(name = "cairn.frame-ancestors", defaultValue = " ")
    String configuredFrameAncestors;

    private RuntimeMode mode;
    private URI baseUrl;
    private List<String> frameAncestors;

    @PostConstruct
    void read() {
        mode = RuntimeMode.resolve(configuredMode, databaseUrl);
        baseUrl = BaseUrl.parse(configuredBaseUrl);
        frameAncestors = Arrays.stream(configuredFrameAncestors.split("[,\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public RuntimeMode mode() {
        return mode;
    }

    /** The base URL without a trailing slash, for example {@code http://localhost:8080}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** An absolute URL of Cairn for a path starting with "/". */
    public URI url(String path) {
        return URI.create(baseUrl + path);
    }

    /** Origins allowed to frame Cairn besides those of registered platforms (cairn.frame-ancestors). */
    public List<String> extraFrameAncestors() {
        return frameAncestors;
    }
}
