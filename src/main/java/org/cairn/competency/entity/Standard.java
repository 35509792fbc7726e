package org.cairn.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/**
 * One item of a framework (a CFItem). Its CASE identifier and URI are its stable key across re-imports; a re-import
 * revises it in place (same row id, so evidence survives) or retires it; it is never deleted.
 */
@Entity
@Table(name = "standard")
@NamedQuery(name = "Standard.ofFramework",
        query = "SELECT s FROM Standard s WHERE s.frameworkId = :frameworkId ORDER BY s.sequenceNumber")
public class Standard {

    @Id
    private UUID id;

    @Column(name = "framework_id", nullable = false)
    private UUID frameworkId;

    @Column(name = "identifier", nullable = false)
    private String identifier;

    @Column(name = "uri")
    private String uri;

    @Column(name = "code")
    private String code;

    @Column(name = "statement", nullable = false)
    private String statement;

    @Column(name = "type_title")
    private String typeTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private StandardType type;

    @Convert(converter = UuidText.class)
    @Column(name = "parent_id")
    private UUID parentId;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "last_change")
    private Instant lastChange;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Standard() {
        // JPA
    }

    public Standard(UUID frameworkId, String identifier) {
        if (identifier == null || identifier.isBlank()) throw new IllegalArgumentException("a standard needs an identifier");
        this.id = UUID.randomUUID();
        this.frameworkId = Objects.requireNonNull(frameworkId);
        this.identifier = identifier;
    }

    /** Takes an item's content from an import; a retired item that is back is active again. */
    public void revise(String uri, String code, String statement, String typeTitle, StandardType type, UUID parentId,
                       int sequenceNumber, Instant lastChange) {
        this.uri = uri;
        this.code = code;
        this.statement = Objects.requireNonNull(statement);
        this.typeTitle = typeTitle;
        this.type = Objects.requireNonNull(type);
        this.parentId = parentId;
        this.sequenceNumber = sequenceNumber;
        this.lastChange = lastChange;
        this.retired = false;
        this.retiredAt = null;
    }

    public void retire(Instant now) {
        if (!retired) {
            retired = true;
            retiredAt = now;
        }
    }

    public UUID id() { return id; }
    public UUID frameworkId() { return frameworkId; }
    public String identifier() { return identifier; }
    public String uri() { return uri; }
    public String code() { return code; }
    public String statement() { return statement; }
    public String typeTitle() { return typeTitle; }
    public StandardType type() { return type; }
    public UUID parentId() { return parentId; }
    public int sequenceNumber() { return sequenceNumber; }
    public Instant lastChange() { return lastChange; }
    public boolean retired() { return retired; }
    public Instant retiredAt() { return retiredAt; }
}
