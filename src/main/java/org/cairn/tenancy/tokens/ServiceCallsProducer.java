package org.cairn.tenancy.tokens;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the one {@link ServiceTokens} cache and {@link ServiceCalls} of this node. The signing key is looked up
 * at each assertion, so key rotation needs no restart, and a missing key fails the call with a clear message
 * instead of failing deployment.
 */
@ApplicationScoped
public class ServiceCallsProducer {

    @Inject
    @ServiceSigningKey
    Instance<Supplier<RSAKey>> signingKey;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cairn.services.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Produces
    @Singleton
    ServiceTokens serviceTokens() {
        return new ServiceTokens(() -> signingKey.isResolvable() ? signingKey.get().get() : null, clock, timeout);
    }

    @Produces
    @Singleton
    ServiceCalls serviceCalls(ServiceTokens tokens) {
        return new ServiceCalls(ServiceCalls.httpClient(timeout), tokens, clock, timeout);
    }
}
