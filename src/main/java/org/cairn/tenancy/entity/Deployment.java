package org.cairn.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One install of Cairn within a registration, named by the platform's {@code deployment_id}. */
@Entity
@Table(name = "deployment")
@NamedQuery(name = "Deployment.byRegistrationAndDeploymentId",
        query = "SELECT d FROM Deployment d WHERE d.registrationId = :registrationId AND d.deploymentId = :deploymentId")
@NamedQuery(name = "Deployment.byRegistration",
        query = "SELECT d FROM Deployment d WHERE d.registrationId = :registrationId ORDER BY d.createdAt")
public class Deployment {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;

    @Column(name = "label")
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "created_by", nullable = false)
    private DeploymentOrigin createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Deployment() {
        // JPA
    }

    public Deployment(UUID registrationId, String deploymentId, String label, RegistrationStatus status,
                      DeploymentOrigin createdBy, Instant now) {
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new IllegalArgumentException("deployment_id is required");
        }
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.deploymentId = deploymentId;
        this.label = label;
        this.status = Objects.requireNonNull(status);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void approve(Instant now) {
        this.status = RegistrationStatus.ACTIVE;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.status = RegistrationStatus.DISABLED;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID registrationId() {
        return registrationId;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String label() {
        return label;
    }

    public RegistrationStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }

    public DeploymentOrigin createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
