package org.cairn.competency.entity;

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

/** A published set of standards (a CASE CFDocument or a district CSV) owned by one tenant (registration). */
@Entity
@Table(name = "framework")
@NamedQuery(name = "Framework.byIdentifier",
        query = "SELECT f FROM Framework f WHERE f.registrationId = :registrationId AND f.identifier = :identifier")
@NamedQuery(name = "Framework.ofTenant",
        query = "SELECT f FROM Framework f WHERE f.registrationId = :registrationId ORDER BY f.title")
public class Framework {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "identifier", nullable = false)
    private String identifier;

    @Column(name = "uri")
    private String uri;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "creator")
    private String creator;

    @Column(name = "framework_version")
    private String frameworkVersion;

    @Column(name = "last_change")
    private Instant lastChange;

    @Column(name = "adoption_status")
    private String adoptionStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private FrameworkSource source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Framework() {
        // JPA
    }

    public Framework(UUID registrationId, String identifier, FrameworkSource source) {
        if (identifier == null || identifier.isBlank()) throw new IllegalArgumentException("a framework needs an identifier");
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.identifier = identifier;
        this.source = Objects.requireNonNull(source);
    }

    /** Takes the document's description from an import (first or again). */
    public void imported(String title, String uri, String creator, String frameworkVersion, Instant lastChange,
                         String adoptionStatus, String by, Instant now) {
        this.title = title == null || title.isBlank() ? identifier : title;
        this.uri = uri;
        this.creator = creator;
        this.frameworkVersion = frameworkVersion;
        this.lastChange = lastChange;
        this.adoptionStatus = adoptionStatus;
        this.importedBy = Objects.requireNonNull(by);
        this.importedAt = Objects.requireNonNull(now);
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public String identifier() { return identifier; }
    public String uri() { return uri; }
    public String title() { return title; }
    public String creator() { return creator; }
    public String frameworkVersion() { return frameworkVersion; }
    public Instant lastChange() { return lastChange; }
    public String adoptionStatus() { return adoptionStatus; }
    public FrameworkSource source() { return source; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }
}
