package org.cairn.mastery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A teacher's judgement that overrides the calculated level of one student on one standard, with a note saying why.
 * It survives every recalculation until withdrawn; withdrawn overrides are kept (who and when).
 */
@Entity
@Table(name = "level_override")
@NamedQuery(name = "LevelOverride.active", query = "SELECT o FROM LevelOverride o WHERE o.courseId = :courseId"
        + " AND o.studentId = :studentId AND o.standardId = :standardId AND o.withdrawnAt IS NULL ORDER BY o.setAt DESC")
@NamedQuery(name = "LevelOverride.activeOfCourse", query = "SELECT o FROM LevelOverride o"
        + " WHERE o.registrationId = :registrationId AND o.courseId = :courseId AND o.withdrawnAt IS NULL")
public class LevelOverride {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "standard_id", nullable = false)
    private UUID standardId;

    @Column(name = "points", nullable = false)
    private double points;

    @Column(name = "note", nullable = false)
    private String note;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LevelOverride() {
        // JPA
    }

    public LevelOverride(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, double points,
                         String note, String by, Instant now) {
        if (note == null || note.isBlank()) throw new MasteryRule.Invalid("mastery.problem.overrideNeedsNote");
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.studentId = Objects.requireNonNull(studentId);
        this.standardId = Objects.requireNonNull(standardId);
        this.points = points;
        this.note = note;
        this.setBy = Objects.requireNonNull(by);
        this.setAt = Objects.requireNonNull(now);
    }

    public void withdraw(String by, Instant now) {
        if (withdrawnAt == null) {
            withdrawnBy = Objects.requireNonNull(by);
            withdrawnAt = Objects.requireNonNull(now);
        }
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public UUID studentId() { return studentId; }
    public UUID standardId() { return standardId; }
    public double points() { return points; }
    public String note() { return note; }
    public String setBy() { return setBy; }
    public Instant setAt() { return setAt; }
    public boolean active() { return withdrawnAt == null; }
}
