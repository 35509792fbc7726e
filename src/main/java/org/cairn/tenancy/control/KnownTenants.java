package org.cairn.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.Registration;

/**
 * Registrations and ACTIVE deployments as logins and launches read them: every login and launch needs them, and
 * they change a few times a year, so each answer is kept for {@link #KEEP_FOR} instead of costing a query per
 * request. Only what was found is kept (a registration or deployment added on any node is seen at once); a change
 * made through this node's admin or Dynamic Registration drops everything here ({@link #forget}), and other nodes
 * see it within {@link #KEEP_FOR}. The entities handed out are detached and only read.
 */
@ApplicationScoped
public class KnownTenants {

    /** How long another node may still launch through a registration or deployment an operator just disabled. */
    public static final Duration KEEP_FOR = Duration.ofSeconds(2);

    /** Far more than any install has; past it the cache starts over instead of growing. */
    static final int MAX_ENTRIES = 10_000;

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private final Map<Object, Kept<?>> kept = new ConcurrentHashMap<>();

    private record Kept<T>(T value, Instant until) {
    }

    private record ByIssuerAndClient(String issuer, String clientId) {
    }

    private record ByIssuer(String issuer) {
    }

    private record ActiveDeployment(UUID registrationId, String deploymentId) {
    }

    public Optional<Registration> registration(UUID id) {
        return Optional.ofNullable(keep(id, () -> registrations.find(id).orElse(null)));
    }

    public Optional<Registration> registration(String issuer, String clientId) {
        return Optional.ofNullable(keep(new ByIssuerAndClient(issuer, clientId),
                () -> registrations.find(issuer, clientId).orElse(null)));
    }

    /** Every registration of an issuer (kept only when there is at least one). */
    public List<Registration> ofIssuer(String issuer) {
        List<Registration> found = keep(new ByIssuer(issuer), () -> {
            List<Registration> all = registrations.ofIssuer(issuer);
            return all.isEmpty() ? null : List.copyOf(all);
        });
        return found == null ? List.of() : found;
    }

    /** The deployment when it exists and is ACTIVE; anything else is for DeploymentGate to decide, uncached. */
    public Optional<Deployment> activeDeployment(UUID registrationId, String deploymentId) {
        return Optional.ofNullable(keep(new ActiveDeployment(registrationId, deploymentId),
                () -> registrations.deployment(registrationId, deploymentId).filter(Deployment::isActive)
                        .orElse(null)));
    }

    /**
     * An operator or a Dynamic Registration changed registrations or deployments: read them again, now and once the
     * change has committed (a launch in between may have read the old rows again).
     */
    public void forget() {
        kept.clear();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    kept.clear();
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T keep(Object key, Supplier<T> load) {
        Instant now = clock.instant();
        Kept<?> hit = kept.get(key);
        if (hit != null && hit.until().isAfter(now)) return (T) hit.value();
        T value = load.get();
        if (value == null) {
            kept.remove(key);
            return null;
        }
        if (kept.size() >= MAX_ENTRIES) kept.clear();
        kept.put(key, new Kept<>(value, now.plus(KEEP_FOR)));
        return value;
    }
}
