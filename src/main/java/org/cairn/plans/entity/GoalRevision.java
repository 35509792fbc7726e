package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One edit of a goal: who, when, in which role, and what the goal said before. */
@Embeddable
public class GoalRevision {

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false)
    @Convert(converter = OptionalUuid.class)
    private UUID revisedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revised_by_role", nullable = false)
    private Role revisedByRole;

    @Column(name = "previous_text", nullable = false)
    private String previousText;

    @Column(name = "previous_target", nullable = false)
    private String previousTarget;

    @Column(name = "previous_target_date", nullable = false)
    private LocalDate previousTargetDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    private GoalStatus previousStatus;

    protected GoalRevision() {
        // JPA
    }

    GoalRevision(Instant revisedAt, Actor by, String previousText, String previousTarget,
                 LocalDate previousTargetDate, GoalStatus previousStatus) {
        this.revisedAt = revisedAt;
        this.revisedBy = by.personId();
        this.revisedByRole = by.role();
        this.previousText = previousText;
        this.previousTarget = previousTarget;
        this.previousTargetDate = previousTargetDate;
        this.previousStatus = previousStatus;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public UUID revisedBy() {
        return revisedBy;
    }

    public Role revisedByRole() {
        return revisedByRole;
    }

    public String previousText() {
        return previousText;
    }

    public String previousTarget() {
        return previousTarget;
    }

    public LocalDate previousTargetDate() {
        return previousTargetDate;
    }

    public GoalStatus previousStatus() {
        return previousStatus;
    }
}
