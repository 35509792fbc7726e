package org.cairn.demo.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The sandbox demo course has been given its demo data: when, for how many students, with how much evidence. */
@Entity
@Table(name = "demo_seed")
public class DemoSeedMark {

    @Id
    @Column(name = "course_id")
    private UUID courseId;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    @Column(name = "students", nullable = false)
    private int students;

    @Column(name = "evidence", nullable = false)
    private int evidence;

    protected DemoSeedMark() {
        // JPA
    }

    public DemoSeedMark(UUID courseId, UUID registrationId, Instant now) {
        this.courseId = Objects.requireNonNull(courseId);
        this.registrationId = Objects.requireNonNull(registrationId);
        this.seededAt = Objects.requireNonNull(now);
    }

    public void seeded(int studentCount, int evidenceCount) {
        this.students = studentCount;
        this.evidence = evidenceCount;
    }

    public UUID courseId() { return courseId; }
    public Instant seededAt() { return seededAt; }
    public int students() { return students; }
    public int evidence() { return evidence; }
}
