package org.cairn.tenancy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.AuditLog;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;
import org.cairn.tenancy.control.RegisteredFramingOrigins;
import org.cairn.tenancy.control.Registrations;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.DeploymentOrigin;
import org.cairn.tenancy.entity.PlatformEndpoints;
import org.cairn.tenancy.entity.Registration;
import org.cairn.tenancy.entity.RegistrationSource;
import org.cairn.tenancy.entity.RegistrationStatus;
import org.cairn.tenancy.entity.RegistrationValueRefused;
import org.cairn.tenancy.entity.UnknownDeploymentPolicy;

/** The operator's use cases on registrations and deployments, each one transaction with an audit entry. */
@ApplicationScoped
public class RegistrationAdmin {

    static final ProblemType REGISTRATION_NOT_FOUND = new ProblemType("registration-not-found", "Registration not found");

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

    @Transactional
    public List<RegistrationView> list() {
        return registrations.all().stream()
                .map(r -> RegistrationView.of(r, registrations.deploymentsOf(r.id()))).toList();
    }

    @Transactional
    public RegistrationView view(UUID id) {
        Registration r = find(id);
        return RegistrationView.of(r, registrations.deploymentsOf(id));
    }

    @Transactional
    public RegistrationView add(String issuer, String clientId, String name, String family, URI authorization,
                                URI token, URI tokenAudience, URI jwks, String operator) {
        if (registrations.find(issuer, clientId).isPresent()) {
            throw ProblemException.conflict(Phrase.of("tenancy.problem.registrationExists", issuer, clientId));
        }
        PlatformEndpoints endpoints;
        Registration registration;
        try {
            endpoints = new PlatformEndpoints(authorization, token, tokenAudience, jwks);
            registration = new Registration(issuer, clientId, name, family, endpoints, RegistrationStatus.ACTIVE,
                    UnknownDeploymentPolicy.REFUSE, RegistrationSource.MANUAL, clock.instant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw refused(e);
        }
        registrations.add(registration);
        audit.record("registration.added", registration.id().toString(), "issuer " + issuer + ", client id " + clientId, operator);
        framing.refresh();
        tenants.forget();
        return RegistrationView.of(registration, List.of());
    }

    @Transactional
    public RegistrationView approve(UUID id, String operator) {
        Registration r = find(id);
        r.approve(clock.instant());
        registrations.deploymentsOf(id).stream().filter(d -> d.status() == RegistrationStatus.PENDING)
                .forEach(d -> d.approve(clock.instant()));
        audit.record("registration.approved", id.toString(), "issuer " + r.issuer() + ", client id " + r.clientId(), operator);
        framing.refresh();
        tenants.forget();
        return RegistrationView.of(r, registrations.deploymentsOf(id));
    }

    @Transactional
    public RegistrationView disable(UUID id, String operator) {
        Registration r = find(id);
        r.disable(clock.instant());
        audit.record("registration.disabled", id.toString(), "issuer " + r.issuer() + ", client id " + r.clientId(), operator);
        framing.refresh();
        tenants.forget();
        return RegistrationView.of(r, registrations.deploymentsOf(id));
    }

    @Transactional
    public RegistrationView policy(UUID id, UnknownDeploymentPolicy policy, String operator) {
        Registration r = find(id);
        r.applyUnknownDeploymentPolicy(policy, clock.instant());
        audit.record("registration.unknown-deployment-policy", id.toString(), policy.name(), operator);
        tenants.forget();
        return RegistrationView.of(r, registrations.deploymentsOf(id));
    }

    @Transactional
    public RegistrationView frameOrigins(UUID id, List<String> origins, String operator) {
        Registration r = find(id);
        try {
            r.allowFramingFrom(origins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
        audit.record("registration.frame-origins", id.toString(), String.join(" ", r.frameOrigins()), operator);
        framing.refresh();
        tenants.forget();
        return RegistrationView.of(r, registrations.deploymentsOf(id));
    }

    @Transactional
    public RegistrationView addDeployment(UUID id, String deploymentId, String label, String operator) {
        Registration r = find(id);
        if (registrations.deployment(id, deploymentId).isPresent()) {
            throw ProblemException.conflict(Phrase.of("tenancy.problem.deploymentExists", String.valueOf(id), deploymentId));
        }
        registrations.add(new Deployment(id, deploymentId, label, RegistrationStatus.ACTIVE, DeploymentOrigin.OPERATOR,
                clock.instant()));
        audit.record("deployment.added", id.toString(), "deployment id " + deploymentId, operator);
        return RegistrationView.of(r, registrations.deploymentsOf(id));
    }

    private Registration find(UUID id) {
        return registrations.find(id).orElseThrow(() -> new ProblemException(REGISTRATION_NOT_FOUND, 404,
                Phrase.of("tenancy.problem.noRegistration", String.valueOf(id))));
    }

    /** A value the registration refused, as a 400 in the reader's language when the rule has its sentence. */
    private static ProblemException refused(RuntimeException e) {
        return e instanceof RegistrationValueRefused refused ? ProblemException.badRequest(refused.phrase())
                : ProblemException.badRequest(e.getMessage());
    }
}
