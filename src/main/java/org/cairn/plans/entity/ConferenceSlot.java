package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * Class time a teacher sets aside for conferences (for example the teacher-led station of a rotation):
 * a date, a start time and a number of minutes, in the course's local time.
 */
@Entity
@Table(name = "conference_slot")
@NamedQuery(name = "ConferenceSlot.ofCourseBetween", query = "SELECT s FROM ConferenceSlot s WHERE s.courseId = :courseId"
        + " AND s.slotDate >= :from AND s.slotDate <= :to ORDER BY s.slotDate, s.startsAt")
public class ConferenceSlot {

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "slot_date", nullable = false)
    private LocalDate slotDate;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "minutes", nullable = false)
    private int minutes;

    @Column(name = "label")
    private String label;

    protected ConferenceSlot() {
        // JPA
    }

    public ConferenceSlot(UUID courseId, LocalDate date, LocalTime startsAt, int minutes, String label) {
        if (minutes < 1 || minutes > 480) {
            throw PlanProblem.invalid(PlanProblem.INVALID_CONFERENCE,
                    Phrase.of("plans.problem.slotMinutes", String.valueOf(minutes)));
        }
        this.id = UUID.randomUUID();
        this.courseId = Objects.requireNonNull(courseId, "courseId");
        this.slotDate = Objects.requireNonNull(date, "date");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.minutes = minutes;
        this.label = label == null || label.isBlank() ? null : label.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public LocalDate date() {
        return slotDate;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public int minutes() {
        return minutes;
    }

    public String label() {
        return label;
    }
}
