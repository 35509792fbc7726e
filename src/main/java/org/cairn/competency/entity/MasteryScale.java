package org.cairn.competency.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored mastery scale: the tenant's default (no course) or one course's override. The levels are validated by
 * {@link Scale} (ordered, distinct points, exactly one mastery threshold) before they are stored. A course's override
 * is dropped (the course goes back to the default) by marking its row, which keeps no levels then: the row and its
 * version stay, so the version keeps counting when the course is given a scale again, and a page that loaded the
 * earlier scale cannot match the new one (StaleSave). Only scales in force ({@code dropped = FALSE}) are read.
 */
@Entity
@Table(name = "mastery_scale")
@NamedQuery(name = "MasteryScale.tenantDefault",
        query = "SELECT s FROM MasteryScale s WHERE s.registrationId = :registrationId AND s.courseId IS NULL")
@NamedQuery(name = "MasteryScale.ofCourse", query = "SELECT s FROM MasteryScale s "
        + "WHERE s.registrationId = :registrationId AND s.courseId = :courseId AND s.dropped = FALSE")
@NamedQuery(name = "MasteryScale.rowOfCourse",
        query = "SELECT s FROM MasteryScale s WHERE s.registrationId = :registrationId AND s.courseId = :courseId")
@NamedQuery(name = "MasteryScale.inForce",
        query = "SELECT s FROM MasteryScale s WHERE s.registrationId = :registrationId AND s.dropped = FALSE")
public class MasteryScale {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Convert(converter = UuidText.class)
    @Column(name = "course_id")
    private UUID courseId;

    @Column(name = "name", nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mastery_scale_level", joinColumns = @JoinColumn(name = "scale_id"))
    private List<ScaleLevel> levels = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "dropped", nullable = false)
    private boolean dropped;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MasteryScale() {
        // JPA
    }

    /** courseId null: the tenant's default scale. */
    public MasteryScale(UUID registrationId, UUID courseId, String name, Scale scale, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = courseId;
        change(name, scale, now);
    }

    /** Saves the scale's name and levels; a dropped course scale is in force again. */
    public void change(String newName, Scale scale, Instant now) {
        this.name = newName == null || newName.isBlank() ? "Mastery scale" : newName;
        this.levels.clear();
        for (int i = 0; i < scale.levels().size(); i++) levels.add(new ScaleLevel(i + 1, scale.levels().get(i)));
        this.dropped = false;
        this.updatedAt = now;
    }

    /** The course goes back to the district's default: the row stays, without levels, and its version moves on. */
    public void drop(Instant now) {
        if (isTenantDefault()) {
            throw new IllegalStateException("scale " + id + " is the default of registration " + registrationId
                    + ": only a course's own scale is dropped");
        }
        this.levels.clear();
        this.dropped = true;
        this.updatedAt = now;
    }

    public Scale scale() {
        if (dropped) throw new IllegalStateException("scale " + id + " of course " + courseId + " was dropped at " + updatedAt);
        return new Scale(levels.stream().sorted(Comparator.comparingInt(ScaleLevel::ordinal)).map(ScaleLevel::toLevel).toList());
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public String name() { return name; }
    public boolean isTenantDefault() { return courseId == null; }
    public boolean dropped() { return dropped; }

    /** The {@code @Version} of this scale as a whole, dropped or not; a page sends it back with its save (StaleSave). */
    public long version() { return version; }
}
