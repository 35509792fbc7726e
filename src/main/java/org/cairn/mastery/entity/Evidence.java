package org.cairn.mastery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cairn.competency.entity.UuidText;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One observation that a student showed a standard at some level on some date. A fact: its points and date never
 * change. A correction is a new piece that supersedes this one (see {@link #correct}); validation and rejection of
 * out-of-school learning change only its status, with who, when and why. course_id and student_id name roster rows
 * (no foreign key yet: roster's tables are on another branch).
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = "Evidence.ofStudentStandard", query = "SELECT e FROM Evidence e WHERE e.courseId = :courseId"
        + " AND e.studentId = :studentId AND e.standardId = :standardId ORDER BY e.observedOn, e.recordedAt")
@NamedQuery(name = "Evidence.ofCourse", query = "SELECT e FROM Evidence e WHERE e.registrationId = :registrationId"
        + " AND e.courseId = :courseId")
@NamedQuery(name = "Evidence.ofStudent", query = "SELECT e FROM Evidence e WHERE e.registrationId = :registrationId"
        + " AND e.courseId = :courseId AND e.studentId = :studentId")
@NamedQuery(name = "Evidence.pendingOfCourse", query = "SELECT e FROM Evidence e WHERE e.registrationId = :registrationId"
        + " AND e.courseId = :courseId AND e.status = org.cairn.mastery.entity.EvidenceStatus.PENDING_VALIDATION"
        + " ORDER BY e.recordedAt")
public class Evidence {

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

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    private EvidenceSource source;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "note")
    private String note;

    @Column(name = "artifact_uri")
    private String artifactUri;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EvidenceStatus status;

    @Convert(converter = UuidText.class)
    @Column(name = "supersedes_id")
    private UUID supersedesId;

    @Column(name = "status_changed_by")
    private String statusChangedBy;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_reason")
    private String statusReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Evidence() {
        // JPA
    }

    /**
     * Records evidence. Out-of-school learning is submitted by the student and waits for a teacher's validation;
     * everything else counts at once.
     */
    public Evidence(UUID registrationId, UUID courseId, UUID studentId, UUID standardId, double points,
                    LocalDate observedOn, EvidenceSource source, String author, String note, URI artifact, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId, "registrationId");
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.studentId = Objects.requireNonNull(studentId, "studentId");
        this.standardId = Objects.requireNonNull(standardId, "standardId");
        this.points = points;
        this.observedOn = Objects.requireNonNull(observedOn, "observedOn");
        this.source = Objects.requireNonNull(source, "source");
        if (author == null || author.isBlank()) throw new MasteryRule.Invalid("mastery.problem.evidenceNeedsAuthor");
        this.author = author;
        this.note = note;
        this.artifactUri = artifact == null ? null : artifact.toString();
        this.recordedAt = Objects.requireNonNull(now);
        this.status = source == EvidenceSource.OUT_OF_SCHOOL ? EvidenceStatus.PENDING_VALIDATION : EvidenceStatus.RECORDED;
        if (observedOn.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1))) {
            throw new MasteryRule.Invalid("mastery.problem.observedInFuture", observedOn.toString());
        }
    }

    /**
     * Corrects this evidence: returns the new piece (same student, standard and source) that supersedes it, and marks
     * this one CORRECTED with who, when and why. Only evidence that counts can be corrected.
     */
    public Evidence correct(double newPoints, LocalDate newObservedOn, String by, String why, Instant now) {
        if (status != EvidenceStatus.RECORDED) {
            throw new MasteryRule.NotNow("mastery.problem.onlyRecordedCorrected", String.valueOf(id), MasteryRule.status(status));
        }
        if (why == null || why.isBlank()) throw new MasteryRule.Invalid("mastery.problem.correctionNeedsReason");
        Evidence correction = new Evidence(registrationId, courseId, studentId, standardId, newPoints,
                newObservedOn == null ? observedOn : newObservedOn, source == EvidenceSource.OUT_OF_SCHOOL
                        ? EvidenceSource.OUT_OF_SCHOOL : source, by, why, artifactUri == null ? null : URI.create(artifactUri), now);
        correction.status = EvidenceStatus.RECORDED; // a teacher's correction of validated evidence counts at once
        correction.supersedesId = id;
        changeStatus(EvidenceStatus.CORRECTED, by, why, now);
        return correction;
    }

    /** A teacher accepts out-of-school learning: from now on it counts. */
    public void validate(String by, String note, Instant now) {
        requirePending();
        changeStatus(EvidenceStatus.RECORDED, by, note, now);
    }

    /** A teacher rejects out-of-school learning, saying why; it never counts. */
    public void reject(String by, String why, Instant now) {
        requirePending();
        if (why == null || why.isBlank()) throw new MasteryRule.Invalid("mastery.problem.rejectionNeedsReason");
        changeStatus(EvidenceStatus.REJECTED, by, why, now);
    }

    private void requirePending() {
        if (status != EvidenceStatus.PENDING_VALIDATION) {
            throw new MasteryRule.NotNow("mastery.problem.notWaitingForValidation", String.valueOf(id), MasteryRule.status(status));
        }
    }

    private void changeStatus(EvidenceStatus next, String by, String why, Instant now) {
        if (by == null || by.isBlank()) throw new MasteryRule.Invalid("mastery.problem.sayWhoChanges");
        this.status = next;
        this.statusChangedBy = by;
        this.statusChangedAt = now;
        this.statusReason = why;
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public UUID studentId() { return studentId; }
    public UUID standardId() { return standardId; }
    public double points() { return points; }
    public LocalDate observedOn() { return observedOn; }
    public Instant recordedAt() { return recordedAt; }
    public EvidenceSource source() { return source; }
    public String author() { return author; }
    public String note() { return note; }
    public String artifactUri() { return artifactUri; }
    public EvidenceStatus status() { return status; }
    public UUID supersedesId() { return supersedesId; }
    public String statusChangedBy() { return statusChangedBy; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public String statusReason() { return statusReason; }
}
