package org.cairn.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An LMS context within a registration: (registration, context.id), with the deployment it was launched from. */
@Entity
@Table(name = "course")
@NamedQuery(name = "Course.byRegistrationAndContext",
        query = "SELECT c FROM Course c WHERE c.registrationId = :registrationId AND c.contextId = :contextId")
public class Course {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "deployment_id", nullable = false)
    private UUID deploymentId;

    @Column(name = "context_id", nullable = false)
    private String contextId;

    @Column(name = "title")
    private String title;

    @Column(name = "label")
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Course() {
        // JPA
    }

    public Course(UUID registrationId, UUID deploymentId, String contextId, Instant now) {
        if (contextId == null || contextId.isBlank()) throw new IllegalArgumentException("context.id is required");
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.deploymentId = Objects.requireNonNull(deploymentId);
        this.contextId = contextId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Column(name = "memberships_url")
    private String membershipsUrl;

    /**
     * The launch's NRPS claim says where the course's roster can be read (NRPS 2.0 §3.6.1). A launch without the
     * claim leaves the last known URL: not every placement carries it.
     */
    public void offerMemberships(java.net.URI url, Instant now) {
        if (url != null && !url.toString().equals(membershipsUrl)) {
            membershipsUrl = url.toString();
            updatedAt = now;
        }
    }

    public java.util.Optional<java.net.URI> membershipsUrl() {
        return java.util.Optional.ofNullable(membershipsUrl).map(java.net.URI::create);
    }

    /** The LMS renamed the course or it was launched through another deployment (course copy, re-install). */
    public void describe(String newTitle, String newLabel, UUID launchedFrom, Instant now) {
        boolean changed = false;
        if (newTitle != null && !newTitle.equals(title)) { title = cut(newTitle, 512); changed = true; }
        if (newLabel != null && !newLabel.equals(label)) { label = cut(newLabel, 255); changed = true; }
        if (!deploymentId.equals(launchedFrom)) { deploymentId = launchedFrom; changed = true; }
        if (changed) updatedAt = now;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public UUID id() {
        return id;
    }

    public UUID registrationId() {
        return registrationId;
    }

    public UUID deploymentId() {
        return deploymentId;
    }

    public String contextId() {
        return contextId;
    }

    public String title() {
        return title;
    }

    public String label() {
        return label;
    }

    /** The title, else the label, else the context id: there is always something to show. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) return title;
        if (label != null && !label.isBlank()) return label;
        return contextId;
    }
}
