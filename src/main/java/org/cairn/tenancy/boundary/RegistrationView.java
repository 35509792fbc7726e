package org.cairn.tenancy.boundary;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cairn.tenancy.entity.Deployment;
import org.cairn.tenancy.entity.Registration;
import org.cairn.tenancy.entity.RegistrationSource;
import org.cairn.tenancy.entity.RegistrationStatus;
import org.cairn.tenancy.entity.UnknownDeploymentPolicy;

/** A registration with its deployments as the operator admin shows it. */
public record RegistrationView(UUID id, String issuer, String clientId, String name, String platformFamily,
                               RegistrationStatus status, RegistrationSource source,
                               UnknownDeploymentPolicy unknownDeploymentPolicy, URI authorizationEndpoint,
                               URI tokenEndpoint, URI tokenAudience, URI jwksUri, List<String> frameOrigins,
                               List<DeploymentView> deployments, Instant createdAt, Instant updatedAt) {

    public record DeploymentView(UUID id, String deploymentId, String label, RegistrationStatus status,
                                 String createdBy, Instant createdAt) {
        static DeploymentView of(Deployment d) {
            return new DeploymentView(d.id(), d.deploymentId(), d.label(), d.status(), d.createdBy().name(), d.createdAt());
        }
    }

    public static RegistrationView of(Registration r, List<Deployment> deployments) {
        var endpoints = r.endpoints();
        return new RegistrationView(r.id(), r.issuer(), r.clientId(), r.name(), r.platformFamily(), r.status(),
                r.source(), r.unknownDeploymentPolicy(), endpoints.authorization(), endpoints.token(),
                endpoints.tokenAudience(), endpoints.jwks(), r.frameOrigins(),
                deployments.stream().map(DeploymentView::of).toList(), r.createdAt(), r.updatedAt());
    }
}
