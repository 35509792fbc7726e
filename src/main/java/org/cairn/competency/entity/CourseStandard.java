package org.cairn.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One of a course's prioritized standards, in its place in the course's order and unit. course_id names the
 * roster feature's course (no foreign key yet: roster's tables are on another branch).
 */
@Entity
@Table(name = "course_standard")
@NamedQuery(name = "CourseStandard.ofCourse",
        query = "SELECT c FROM CourseStandard c WHERE c.registrationId = :registrationId AND c.courseId = :courseId ORDER BY c.ordinal")
public class CourseStandard {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "standard_id", nullable = false)
    private UUID standardId;

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "unit_start")
    private LocalDate unitStart;

    @Column(name = "unit_end")
    private LocalDate unitEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private StandardCategory category;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CourseStandard() {
        // JPA
    }

    public CourseStandard(UUID registrationId, UUID courseId, UUID standardId, int ordinal, StandardCategory category) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.standardId = Objects.requireNonNull(standardId);
        this.ordinal = ordinal;
        this.category = Objects.requireNonNull(category);
    }

    public void placeInUnit(String name, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("unit " + name + " ends (" + end + ") before it starts (" + start + ")");
        }
        this.unitName = name;
        this.unitStart = start;
        this.unitEnd = end;
    }

    public void categorize(StandardCategory newCategory) {
        this.category = Objects.requireNonNull(newCategory);
    }

    public void moveTo(int newOrdinal) {
        this.ordinal = newOrdinal;
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public UUID standardId() { return standardId; }
    public int ordinal() { return ordinal; }
    public String unitName() { return unitName; }
    public LocalDate unitStart() { return unitStart; }
    public LocalDate unitEnd() { return unitEnd; }
    public StandardCategory category() { return category; }
}
