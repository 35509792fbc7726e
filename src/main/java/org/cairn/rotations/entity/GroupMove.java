package org.cairn.rotations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A teacher moved one student to another group; moves are replayed in order over the grouping's result. */
@Entity
@Table(name = "rotation_group_move")
@NamedQuery(name = "GroupMove.ofGrouping", query = "SELECT m FROM GroupMove m WHERE m.groupingId = :groupingId"
        + " ORDER BY m.sequenceNumber")
public class GroupMove {

    @Id
    private UUID id;

    @Column(name = "grouping_id", nullable = false)
    private UUID groupingId;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "student_id", nullable = false)
    private String studentId;

    @Column(name = "from_group", nullable = false)
    private int fromGroup;

    @Column(name = "to_group", nullable = false)
    private int toGroup;

    @Column(name = "moved_by", nullable = false)
    private String movedBy;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected GroupMove() {
        // JPA
    }

    public GroupMove(UUID groupingId, int sequenceNumber, StudentId student, int fromGroup, int toGroup, UUID movedBy,
                     Instant now) {
        this.id = UUID.randomUUID();
        this.groupingId = groupingId;
        this.sequenceNumber = sequenceNumber;
        this.studentId = student.value();
        this.fromGroup = fromGroup;
        this.toGroup = toGroup;
        this.movedBy = movedBy.toString();
        this.movedAt = now;
    }

    public int sequenceNumber() { return sequenceNumber; }
    public StudentId student() { return StudentId.of(studentId); }
    public int fromGroup() { return fromGroup; }
    public int toGroup() { return toGroup; }
    public Instant movedAt() { return movedAt; }
}
