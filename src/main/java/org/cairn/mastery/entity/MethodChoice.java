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
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A course's calculation method (standardId null) or one standard's override of it, with its parameters. */
@Entity
@Table(name = "mastery_method")
@NamedQuery(name = "MethodChoice.ofCourse",
        query = "SELECT m FROM MethodChoice m WHERE m.registrationId = :registrationId AND m.courseId = :courseId")
public class MethodChoice {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Convert(converter = UuidText.class)
    @Column(name = "standard_id")
    private UUID standardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private MethodKind method;

    @Column(name = "n_times", nullable = false)
    private int nTimes;

    @Column(name = "weight", nullable = false)
    private double weight;

    @Column(name = "rate", nullable = false)
    private double rate;

    @Column(name = "include_self_assessment", nullable = false)
    private boolean includeSelfAssessment;

    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MethodChoice() {
        // JPA
    }

    public MethodChoice(UUID registrationId, UUID courseId, UUID standardId, MethodSettings settings, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.standardId = standardId;
        choose(settings, by, now);
    }

    public void choose(MethodSettings settings, String by, Instant now) {
        this.method = settings.kind();
        this.nTimes = settings.n();
        this.weight = settings.weight();
        this.rate = settings.rate();
        this.includeSelfAssessment = settings.includeSelfAssessment();
        this.chosenBy = Objects.requireNonNull(by);
        this.chosenAt = Objects.requireNonNull(now);
    }

    public MethodSettings settings() {
        return new MethodSettings(method, nTimes, weight, rate, includeSelfAssessment);
    }

    public UUID id() { return id; }
    public UUID courseId() { return courseId; }
    public UUID standardId() { return standardId; }
    public boolean forWholeCourse() { return standardId == null; }
    public String chosenBy() { return chosenBy; }
    public Instant chosenAt() { return chosenAt; }
}
