package org.cairn.rotations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A station a course keeps and reuses across rotations. Retired stations stay (past rotations name them) but are
 * offered no more.
 */
@Entity
@Table(name = "rotation_station")
@NamedQuery(name = "CourseStation.ofCourse", query = "SELECT s FROM CourseStation s WHERE s.registrationId = "
        + ":registrationId AND s.courseId = :courseId AND s.retired = FALSE ORDER BY s.name, s.id")
public class CourseStation {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private StationKind kind;

    @Column(name = "link")
    private String link;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "instructions", nullable = false)
    private String instructions;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CourseStation() {
        // JPA
    }

    public CourseStation(UUID registrationId, UUID courseId, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.updatedAt = now;
    }

    /** Sets what the station is; the domain record checks it first, so a bad station never reaches the table. */
    public void describe(String newName, StationKind newKind, URI newLink, int newCapacity, String newInstructions,
                         Instant now) {
        Station checked = new Station(id.toString(), newName, newKind, newLink, newCapacity, newInstructions);
        this.name = checked.name();
        this.kind = checked.kind();
        this.link = newLink == null ? null : newLink.toString();
        this.capacity = checked.capacity();
        this.instructions = checked.instructions();
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }

    /** The domain station the grouping and agenda code works with. */
    public Station station() {
        return new Station(id.toString(), name, kind, link == null ? null : URI.create(link), capacity, instructions);
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public String name() { return name; }
    public StationKind kind() { return kind; }
    public String link() { return link; }
    public int capacity() { return capacity; }
    public String instructions() { return instructions; }
    public boolean retired() { return retired; }

    /** The {@code @Version} of this station: what it is, and whether it is retired; a page sends it back (StaleSave). */
    public long version() { return version; }
}
