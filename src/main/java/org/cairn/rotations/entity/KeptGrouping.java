package org.cairn.rotations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One grouping of a rotation, kept for good with what it was built from: the inputs (method, target standards,
 * constraints, absent students), the mastery snapshot it read and its result, all as JSON written once. A regroup
 * adds a grouping with the next sequence number; the highest is current.
 */
@Entity
@Table(name = "rotation_grouping")
@NamedQuery(name = "KeptGrouping.ofRotation", query = "SELECT g FROM KeptGrouping g WHERE g.rotationId = :rotationId"
        + " ORDER BY g.sequenceNumber DESC")
public class KeptGrouping {

    @Id
    private UUID id;

    @Column(name = "rotation_id", nullable = false)
    private UUID rotationId;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private GroupingMethod method;

    @Column(name = "inputs", nullable = false)
    private String inputs;

    @Column(name = "snapshot", nullable = false)
    private String snapshot;

    @Column(name = "result", nullable = false)
    private String result;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected KeptGrouping() {
        // JPA
    }

    public KeptGrouping(PlannedRotation rotation, int sequenceNumber, GroupingMethod method, String inputs,
                        String snapshot, String result, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.rotationId = rotation.id();
        this.registrationId = rotation.registrationId();
        this.courseId = rotation.courseId();
        this.sequenceNumber = sequenceNumber;
        this.method = Objects.requireNonNull(method);
        this.inputs = Objects.requireNonNull(inputs);
        this.snapshot = Objects.requireNonNull(snapshot);
        this.result = Objects.requireNonNull(result);
        this.createdBy = createdBy.toString();
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID rotationId() { return rotationId; }
    public int sequenceNumber() { return sequenceNumber; }
    public GroupingMethod method() { return method; }
    public String inputs() { return inputs; }
    public String snapshot() { return snapshot; }
    public String result() { return result; }
    public Instant createdAt() { return createdAt; }
}
