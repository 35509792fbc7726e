package org.cairn.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * A progression (precedes, isPrerequisiteOf) or crosswalk (exactMatchOf, isRelatedTo) of a framework. An end outside
 * the framework has no standard id: it is kept by its CASE identifier and URI as an external link.
 */
@Entity
@Table(name = "standard_association")
@NamedQuery(name = "StandardAssociation.ofFramework",
        query = "SELECT a FROM StandardAssociation a WHERE a.frameworkId = :frameworkId")
public class StandardAssociation {

    @Id
    private UUID id;

    @Column(name = "framework_id", nullable = false)
    private UUID frameworkId;

    @Column(name = "identifier")
    private String identifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AssociationKind kind;

    @Column(name = "case_type", nullable = false)
    private String caseType;

    @Convert(converter = UuidText.class)
    @Column(name = "origin_id")
    private UUID originId;

    @Column(name = "origin_identifier")
    private String originIdentifier;

    @Column(name = "origin_uri")
    private String originUri;

    @Convert(converter = UuidText.class)
    @Column(name = "destination_id")
    private UUID destinationId;

    @Column(name = "destination_identifier")
    private String destinationIdentifier;

    @Column(name = "destination_uri")
    private String destinationUri;

    @Column(name = "destination_title")
    private String destinationTitle;

    @Column(name = "sequence_number")
    private Integer sequenceNumber;

    protected StandardAssociation() {
        // JPA
    }

    public StandardAssociation(UUID frameworkId, String identifier, AssociationKind kind, String caseType,
                               UUID originId, String originIdentifier, String originUri,
                               UUID destinationId, String destinationIdentifier, String destinationUri,
                               String destinationTitle, Integer sequenceNumber) {
        if (kind == AssociationKind.IS_CHILD_OF) throw new IllegalArgumentException("isChildOf is a standard's parent");
        this.id = UUID.randomUUID();
        this.frameworkId = Objects.requireNonNull(frameworkId);
        this.identifier = identifier;
        this.kind = Objects.requireNonNull(kind);
        this.caseType = caseType == null ? kind.caseName() : caseType;
        this.originId = originId;
        this.originIdentifier = originIdentifier;
        this.originUri = originUri;
        this.destinationId = destinationId;
        this.destinationIdentifier = destinationIdentifier;
        this.destinationUri = destinationUri;
        this.destinationTitle = destinationTitle;
        this.sequenceNumber = sequenceNumber;
    }

    public UUID id() { return id; }
    public UUID frameworkId() { return frameworkId; }
    public String identifier() { return identifier; }
    public AssociationKind kind() { return kind; }
    public String caseType() { return caseType; }
    public UUID originId() { return originId; }
    public String originUri() { return originUri; }
    public UUID destinationId() { return destinationId; }
    public String destinationIdentifier() { return destinationIdentifier; }
    public String destinationUri() { return destinationUri; }
    public boolean external() { return originId == null || destinationId == null; }
}
