package org.cairn.competency.entity;

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
 * A course's prioritized standards as one list. Its {@link CourseStandard} rows are saved together, as a whole; this
 * row stands for them, so the list has one version, which moves with every save. Made by the list's first save.
 */
@Entity
@Table(name = "course_standard_list")
@NamedQuery(name = "CourseStandardList.ofCourse", query = "SELECT l FROM CourseStandardList l "
        + "WHERE l.registrationId = :registrationId AND l.courseId = :courseId")
public class CourseStandardList {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CourseStandardList() {
        // JPA
    }

    public CourseStandardList(UUID registrationId, UUID courseId, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.savedAt = Objects.requireNonNull(now);
    }

    /** The list was saved again: the row changes, so its version moves on. */
    public void saved(Instant now) {
        this.savedAt = Objects.requireNonNull(now);
    }

    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public Instant savedAt() { return savedAt; }

    /** The {@code @Version} of the list as a whole; a page sends it back with its save (StaleSave). */
    public long version() { return version; }
}
