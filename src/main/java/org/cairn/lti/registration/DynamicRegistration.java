package org.cairn.lti.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cairn.infra.config.Installation;
import org.cairn.infra.i18n.Phrase;
import org.cairn.lti.registration.RegistrationFailed.Reason;
import org.cairn.tenancy.control.ToolUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LTI Dynamic Registration 1.0, tool side: check the configuration URL, fetch the platform's configuration with
 * the registration token, POST Cairn's registration, store the client id (and deployment id). The two calls
 * to the platform happen outside any database transaction.
 */
@ApplicationScoped
public class DynamicRegistration {

    private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());

    @Inject
    Installation installation;

    @Inject
    ToolUrls urls;

    @Inject
    DynamicRegistrations store;

    @Inject
    @ConfigProperty(name = "cairn.registration.auto-activate", defaultValue = "auto")
    String autoActivate;

    @Inject
    @ConfigProperty(name = "cairn.registration.installation-code")
    Optional<String> installationCode;

    @Inject
    @ConfigProperty(name = "cairn.registration.trusted-hosts", defaultValue = " ")
    String trustedHosts;

    @Inject
    @ConfigProperty(name = "cairn.registration.max-configuration-bytes", defaultValue = "262144")
    int maxBytes;

    @Inject
    @ConfigProperty(name = "cairn.registration.timeout", defaultValue = "PT10S")
    String timeout;

    private ConfigurationUrlPolicy policy;
    private PlatformClient client;

    @PostConstruct
    void configure() {
        Set<String> trusted = Arrays.stream(trustedHosts.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        policy = ConfigurationUrlPolicy.of(installation.mode(), trusted);
        Duration limit = Duration.parse(timeout);
        client = new PlatformClient(Duration.ofSeconds(Math.min(5, limit.toSeconds())), limit, maxBytes);
    }

    public boolean needsInstallationCode() {
        return installationCode.map(String::trim).filter(s -> !s.isEmpty()).isPresent();
    }

    public boolean autoActivates() {
        String value = autoActivate.trim();
        return "auto".equalsIgnoreCase(value) ? installation.mode().isDevelopment() : Boolean.parseBoolean(value);
    }

    /** Checks the configuration URL only (for the confirmation page, before anything is fetched). */
    public URI checkConfigurationUrl(String configurationUrl) {
        return policy.check(configurationUrl, Phrase.of("register.server.what.configurationUrl"));
    }

    public DynamicRegistrations.Stored register(String configurationUrl, String registrationToken, String code) {
        if (needsInstallationCode()) {
            byte[] expected = installationCode.orElseThrow().trim().getBytes(StandardCharsets.UTF_8);
            byte[] given = (code == null ? "" : code.trim()).getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(expected, given)) {
                throw new RegistrationFailed(Reason.WRONG_INSTALLATION_CODE,
                        Phrase.of("register.server.failed.installationCode"));
            }
        }
        URI configuration = checkConfigurationUrl(configurationUrl);
        OpenIdConfiguration platform = OpenIdConfiguration.parse(client.getConfiguration(configuration, registrationToken),
                configuration);
        // The registration token travels to the registration endpoint too: it gets the same scrutiny.
        policy.check(platform.registrationEndpoint(), Phrase.of("register.server.what.registrationEndpoint"));
        ObjectNode request = ToolRegistrationRequest.build(platform, urls);
        JsonNode answer = client.postRegistration(platform.registrationEndpoint(), registrationToken, request);
        String clientId = answer.path("client_id").asText("").trim();
        if (clientId.isEmpty()) {
            throw new RegistrationFailed(Reason.INVALID_RESPONSE, Phrase.of("register.server.failed.noClientId"));
        }
        Optional<String> deploymentId = Optional.of(answer.path(ToolRegistrationRequest.TOOL_CONFIGURATION)
                .path("deployment_id").asText("").trim()).filter(s -> !s.isEmpty());
        DynamicRegistrations.Stored stored = store.record(platform, clientId, deploymentId, autoActivates());
        LOG.info(() -> "Dynamic Registration " + (stored.updated() ? "updated" : "created") + ": issuer " + stored.issuer()
                + ", client id " + stored.clientId() + ", deployment id " + deploymentId.orElse("-") + ", status "
                + stored.status());
        return stored;
    }
}
