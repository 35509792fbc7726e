package org.cairn.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.persistence.AuditLog;
import org.cairn.tenancy.control.RegisteredFramingOrigins;
import org.cairn.tenancy.control.Registrations;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.DeploymentOrigin;
import org.cairn.tenancy.entity.PlatformEndpoints;
import org.cairn.tenancy.entity.Registration;
import org.cairn.tenancy.entity.RegistrationSource;
import org.cairn.tenancy.entity.RegistrationStatus;
import org.cairn.tenancy.entity.UnknownDeploymentPolicy;

/** Stores what a platform answered to Dynamic Registration: one registration per (issuer, client id), updated on repeat. */
@ApplicationScoped
public class DynamicRegistrations {

    @Inject
    Registrations registrations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    RegisteredFramingOrigins framing;

    @Inject
    org.cairn.tenancy.control.KnownTenants tenants;

    /** What was stored, for the result page and the log. */
    public record Stored(UUID registrationId, String issuer, String clientId, Optional<String> deploymentId,
                         RegistrationStatus status, boolean updated) {
    }

    @Transactional
    public Stored record(OpenIdConfiguration platform, String clientId, Optional<String> deploymentId,
                         boolean autoActivate) {
        Instant now = clock.instant();
        // Canvas's client assertions are addressed to its authorization_server, not to its token endpoint URL.
        URI audience = platform.authorizationServer().filter(s -> s.startsWith("http")).map(URI::create).orElse(null);
        PlatformEndpoints endpoints = new PlatformEndpoints(platform.authorizationEndpoint(), platform.tokenEndpoint(),
                audience, platform.jwksUri());
        RegistrationStatus initial = autoActivate ? RegistrationStatus.ACTIVE : RegistrationStatus.PENDING;
        Optional<Registration> existing = registrations.find(platform.issuer(), clientId);
        Registration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.changeEndpoints(endpoints, now);
            audit.record("registration.updated", registration.id().toString(),
                    "Dynamic Registration again: issuer " + platform.issuer() + ", client id " + clientId, "dynamic-registration");
        } else {
            registration = registrations.add(new Registration(platform.issuer(), clientId, platform.displayName(),
                    platform.productFamilyCode(), endpoints, initial, UnknownDeploymentPolicy.REFUSE,
                    RegistrationSource.DYNAMIC, now));
            audit.record("registration.created", registration.id().toString(), "Dynamic Registration: issuer "
                    + platform.issuer() + ", client id " + clientId + ", status " + initial, "dynamic-registration");
        }
        if (deploymentId.isPresent() && registrations.deployment(registration.id(), deploymentId.get()).isEmpty()) {
            RegistrationStatus deploymentStatus = registration.status() == RegistrationStatus.ACTIVE
                    ? RegistrationStatus.ACTIVE : RegistrationStatus.PENDING;
            registrations.add(new Deployment(registration.id(), deploymentId.get(), null, deploymentStatus,
                    DeploymentOrigin.DYNAMIC_REGISTRATION, now));
            audit.record("deployment.created", registration.id().toString(), "deployment id " + deploymentId.get(),
                    "dynamic-registration");
        }
        framing.refresh();
        tenants.forget();
        return new Stored(registration.id(), registration.issuer(), registration.clientId(), deploymentId,
                registration.status(), existing.isPresent());
    }
}
