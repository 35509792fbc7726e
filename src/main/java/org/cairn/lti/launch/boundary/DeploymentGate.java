package org.cairn.lti.launch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.persistence.AuditLog;
import org.cairn.lti.launch.entity.LaunchRejected;
import org.cairn.lti.launch.entity.Reason;
import org.cairn.tenancy.control.Registrations;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.DeploymentOrigin;
import org.cairn.tenancy.entity.Registration;
import org.cairn.tenancy.entity.RegistrationStatus;
import org.cairn.tenancy.entity.UnknownDeploymentPolicy;

/**
 * LTI Core 1.3 §5.3.2: the deployment_id must be one we know for this client. An unknown one follows the
 * registration's policy: REFUSE records it as PENDING so an operator sees and can approve it, and refuses (403);
 * AUTO_CREATE creates it ACTIVE with an audit entry.
 */
@ApplicationScoped
public class DeploymentGate {

    private static final Logger LOG = Logger.getLogger(DeploymentGate.class.getName());

    @Inject
    Registrations registrations;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The known ACTIVE deployment, or a refusal; PENDING rows for REFUSE are written in their own transaction. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = PendingRecorded.class)
    public Deployment admit(Registration registration, String deploymentId) {
        var known = registrations.deployment(registration.id(), deploymentId);
        if (known.isPresent()) {
            Deployment deployment = known.get();
            if (deployment.isActive()) return deployment;
            throw new LaunchRejected(Reason.DEPLOYMENT_DISABLED, Phrase.of("lti.problem.deploymentInactive",
                    deploymentId, registration.name(), Phrase.of("lti.problem.status." + deployment.status().name())));
        }
        if (registration.unknownDeploymentPolicy() == UnknownDeploymentPolicy.AUTO_CREATE) {
            Deployment created = registrations.add(new Deployment(registration.id(), deploymentId, null,
                    RegistrationStatus.ACTIVE, DeploymentOrigin.AUTO_ON_LAUNCH, clock.instant()));
            audit.record("deployment.auto-created", "registration " + registration.id() + " deployment " + deploymentId,
                    "Created on first launch (issuer " + registration.issuer() + ", client id "
                            + registration.clientId() + ") under the AUTO_CREATE policy", "lti-launch");
            LOG.info(() -> "Auto-created deployment " + deploymentId + " for issuer " + registration.issuer()
                    + " client id " + registration.clientId());
            return created;
        }
        registrations.add(new Deployment(registration.id(), deploymentId, null, RegistrationStatus.PENDING,
                DeploymentOrigin.AUTO_ON_LAUNCH, clock.instant()));
        audit.record("deployment.pending", "registration " + registration.id() + " deployment " + deploymentId,
                "Refused a launch from an unknown deployment (issuer " + registration.issuer() + ", client id "
                        + registration.clientId() + "); waiting for an operator", "lti-launch");
        throw new PendingRecorded(deploymentId, registration);
    }

    /** Thrown after the PENDING row is written: commits (dontRollbackOn), then becomes a 403 page. */
    public static final class PendingRecorded extends RuntimeException {
        final LaunchRejected rejection;

        PendingRecorded(String deploymentId, Registration registration) {
            super("pending deployment recorded", null, false, false);
            this.rejection = new LaunchRejected(Reason.UNKNOWN_DEPLOYMENT, Phrase.of("lti.problem.unknownDeployment",
                    deploymentId, registration.name(), registration.issuer(), registration.clientId()));
        }
    }
}
