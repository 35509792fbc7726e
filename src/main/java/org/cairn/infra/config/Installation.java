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

    @Inject
    @ConfigProperty(name = "cairn.sandbox.enabled", defaultValue = "auto")
    String configuredSandbox;

    @Inject
    @ConfigProperty(name = "cairn.sandbox.base-url", defaultValue = "auto")
    String configuredSandboxBaseUrl;

    private RuntimeMode mode;
    private boolean sandboxEnabled;
    private URI sandboxBaseUrl;
    private URI baseUrl;
    private List<String> frameAncestors;

    @PostConstruct
    void read() {
        mode = RuntimeMode.resolve(configuredMode, databaseUrl);
        baseUrl = BaseUrl.parse(configuredBaseUrl);
        frameAncestors = Arrays.stream(configuredFrameAncestors.split("[,\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        sandboxEnabled = "auto".equalsIgnoreCase(configuredSandbox.trim()) ? mode.isDevelopment()
                : Boolean.parseBoolean(configuredSandbox.trim());
        sandboxBaseUrl = "auto".equalsIgnoreCase(configuredSandboxBaseUrl.trim())
                ? defaultSandboxBaseUrl(baseUrl) : BaseUrl.parse(configuredSandboxBaseUrl);
    }

    /**
     * The sandbox LMS lives on another site than Cairn, as a real LMS does, so the iframe is cross-site:
     * Cairn on localhost means the sandbox on 127.0.0.1, and the reverse.
     */
    static URI defaultSandboxBaseUrl(URI cairn) {
        String host = cairn.getHost();
        String other = "localhost".equals(host) ? "127.0.0.1" : "127.0.0.1".equals(host) ? "localhost" : host;
        String port = cairn.getPort() == -1 ? "" : ":" + cairn.getPort();
        return URI.create(cairn.getScheme() + "://" + other + port + "/sandbox");
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

    /** Whether the built-in sandbox LMS runs and is trusted (cairn.sandbox.enabled; on in development). */
    public boolean sandboxEnabled() {
        return sandboxEnabled;
    }

    /** The sandbox LMS's base URL, which is also its issuer, for example http://127.0.0.1:8080/sandbox. */
    public URI sandboxBaseUrl() {
        return sandboxBaseUrl;
    }

    /** Origins allowed to frame Cairn besides those of registered platforms (cairn.frame-ancestors). */
    public List<String> extraFrameAncestors() {
        return frameAncestors;
    }
}
