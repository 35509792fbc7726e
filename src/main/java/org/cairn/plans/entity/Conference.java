package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A teacher-student meeting about one plan: scheduled for a date and time (course local time), then held,
 * missed or cancelled. The teacher's notes are private to teachers unless marked shareable with the family.
 * Goals agreed in the conference are {@link Goal}s that record this conference's id.
 */
@Entity
@Table(name = "conference")
@NamedQuery(name = "Conference.ofPlan",
        query = "SELECT c FROM Conference c WHERE c.planId = :planId ORDER BY c.scheduledOn, c.startsAt, c.id")
@NamedQuery(name = "Conference.ofCourse",
        query = "SELECT c FROM Conference c WHERE c.courseId = :courseId ORDER BY c.scheduledOn, c.startsAt, c.id")
public class Conference {

    public static final int NOTES_MAX = 8000;

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(name = "student_id", nullable = false)
    private UUID studentId;

    @Column(name = "teacher_id", nullable = false)
    private UUID teacherId;

    @Column(name = "scheduled_on", nullable = false)
    private LocalDate scheduledOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ConferenceStatus status;

    @Column(name = "notes")
    private String notes;

    @Column(name = "notes_shareable", nullable = false)
    private boolean notesShareable;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Conference() {
        // JPA
    }

    public static Conference schedule(LearningPlan plan, UUID teacherId, LocalDate on, LocalTime at, int minutes, Instant now) {
        if (minutes < 1 || minutes > 60) {
            throw PlanProblem.invalid(PlanProblem.INVALID_CONFERENCE,
                    Phrase.of("plans.problem.conferenceMinutes", String.valueOf(minutes)));
        }
        Conference c = new Conference();
        c.id = UUID.randomUUID();
        c.courseId = plan.courseId();
        c.planId = plan.id();
        c.studentId = plan.studentId();
        c.teacherId = Objects.requireNonNull(teacherId, "teacherId");
        c.scheduledOn = Objects.requireNonNull(on, "on");
        c.startsAt = Objects.requireNonNull(at, "at");
        c.minutes = minutes;
        c.status = ConferenceStatus.SCHEDULED;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    public void hold(Instant now) {
        move(ConferenceStatus.HELD, now);
        this.heldAt = now;
    }

    public void miss(Instant now) {
        move(ConferenceStatus.MISSED, now);
    }

    public void cancel(Instant now) {
        move(ConferenceStatus.CANCELLED, now);
    }

    /** Only a scheduled conference changes state; held, missed and cancelled ones are history. */
    private void move(ConferenceStatus to, Instant now) {
        if (status != ConferenceStatus.SCHEDULED) {
            throw PlanProblem.conflict(PlanProblem.CONFERENCE_STATE, Phrase.of("plans.problem.conferenceCannotMove",
                    scheduledOn.toString(), Phrase.of("plans.problem.conferenceStatus." + status.name()),
                    Phrase.of("plans.problem.conferenceStatus." + to.name())));
        }
        this.status = to;
        this.updatedAt = now;
    }

    /** The teacher's notes; {@code shareable} lets them appear in the family summary. */
    public void writeNotes(String text, boolean shareable, Instant now) {
        String cleaned = text == null || text.isBlank() ? null : text.strip();
        if (cleaned != null && cleaned.length() > NOTES_MAX) {
            throw PlanProblem.invalid(PlanProblem.INVALID_CONFERENCE, Phrase.of("plans.problem.conferenceNotesTooLong",
                    String.valueOf(cleaned.length()), String.valueOf(NOTES_MAX)));
        }
        this.notes = cleaned;
        this.notesShareable = shareable;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID planId() {
        return planId;
    }

    public UUID studentId() {
        return studentId;
    }

    public UUID teacherId() {
        return teacherId;
    }

    public LocalDate scheduledOn() {
        return scheduledOn;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public int minutes() {
        return minutes;
    }

    public ConferenceStatus status() {
        return status;
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public boolean notesShareable() {
        return notesShareable;
    }

    public Optional<Instant> heldAt() {
        return Optional.ofNullable(heldAt);
    }
}
