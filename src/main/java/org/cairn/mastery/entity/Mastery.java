package org.cairn.mastery.entity;

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
 * Derived: the current level of one student on one standard in one course. Never edited, only recomputed from
 * evidence, the method and an override (see RecomputeMastery); the whole table can be rebuilt at any time.
 * levelPoints is what people see: the override's when there is one, else the calculated level's.
 */
@Entity
@Table(name = "mastery")
@NamedQuery(name = "Mastery.of", query = "SELECT m FROM Mastery m WHERE m.courseId = :courseId"
        + " AND m.studentId = :studentId AND m.standardId = :standardId")
@NamedQuery(name = "Mastery.ofCourse", query = "SELECT m FROM Mastery m WHERE m.registrationId = :registrationId"
        + " AND m.courseId = :courseId")
@NamedQuery(name = "Mastery.ofStudent", query = "SELECT m FROM Mastery m WHERE m.registrationId = :registrationId"
        + " AND m.courseId = :courseId AND m.studentId = :studentId")
public class Mastery {

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

    @Column(name = "score")
    private Double score;

    @Column(name = "computed_points")
    private Double computedPoints;

    @Column(name = "level_points")
    private Double levelPoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private MethodKind method;

    @Column(name = "evidence_count", nullable = false)
    private int evidenceCount;

    @Column(name = "overridden", nullable = false)
    private boolean overridden;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected Mastery() {
        // JPA
    }

    public Mastery(UUID registrationId, UUID courseId, UUID studentId, UUID standardId) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.studentId = Objects.requireNonNull(studentId);
        this.standardId = Objects.requireNonNull(standardId);
    }

    /**
     * Takes a fresh calculation. score and computedPoints are null when the method gives no level yet; an override's
     * points, when given, win over the calculated level. A calculation that gives what the row already holds leaves
     * it untouched (nothing to write), so computedAt is when the row's values last changed.
     */
    public void recomputed(MethodKind kind, Double newScore, Double newComputedPoints, int count,
                           Double overridePoints, Instant now) {
        Objects.requireNonNull(kind);
        Double newLevel = overridePoints != null ? overridePoints : newComputedPoints;
        if (computedAt != null && kind == method && Objects.equals(newScore, score)
                && Objects.equals(newComputedPoints, computedPoints) && count == evidenceCount
                && overridden == (overridePoints != null) && Objects.equals(newLevel, levelPoints)) {
            return;
        }
        this.method = kind;
        this.score = newScore;
        this.computedPoints = newComputedPoints;
        this.evidenceCount = count;
        this.overridden = overridePoints != null;
        this.levelPoints = newLevel;
        this.computedAt = Objects.requireNonNull(now);
    }

    public UUID id() { return id; }
    public UUID courseId() { return courseId; }
    public UUID studentId() { return studentId; }
    public UUID standardId() { return standardId; }
    public Double score() { return score; }
    public Double computedPoints() { return computedPoints; }
    public Double levelPoints() { return levelPoints; }
    public MethodKind method() { return method; }
    public int evidenceCount() { return evidenceCount; }
    public boolean overridden() { return overridden; }
    public Instant computedAt() { return computedAt; }
}
