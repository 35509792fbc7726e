package org.cairn.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cairn.session.entity.CourseRole;

/** A person's role in a course, with the LTI roles it was derived from. People who leave become inactive, never deleted. */
@Entity
@Table(name = "enrollment")
@NamedQuery(name = "Enrollment.byCourseAndPerson",
        query = "SELECT e FROM Enrollment e WHERE e.courseId = :courseId AND e.personId = :personId")
public class Enrollment {

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private CourseRole role;

    @Column(name = "lti_roles", nullable = false)
    private String ltiRoles;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Enrollment() {
        // JPA
    }

    public Enrollment(UUID courseId, UUID personId, List<String> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = Objects.requireNonNull(courseId);
        this.personId = Objects.requireNonNull(personId);
        this.createdAt = now;
        this.active = true;
        this.ltiRoles = "";
        this.role = CourseRole.OTHER;
        reportRoles(roles, now);
    }

    /** The roles the LMS reports now (a launch or a roster sync); the course role follows them. */
    /** The person is no longer in the LMS course: kept, with their evidence, but no longer active. */
    public void leave(Instant now) {
        if (active) {
            active = false;
            updatedAt = now;
        }
    }

    public void reportRoles(List<String> roles, Instant now) {
        String joined = String.join(" ", roles.stream().filter(r -> r != null && !r.isBlank()).toList());
        if (joined.length() > 4000) joined = joined.substring(0, 4000);
        CourseRole derived = CourseRole.of(roles);
        if (!joined.equals(ltiRoles) || derived != role || !active) {
            ltiRoles = joined;
            role = derived;
            active = true;
            updatedAt = now;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public UUID personId() {
        return personId;
    }

    public CourseRole role() {
        return role;
    }

    public boolean isActive() {
        return active;
    }
}
