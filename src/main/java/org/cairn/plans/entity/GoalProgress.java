package org.cairn.plans.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A dated progress update on a goal: by whom, a note, and optionally a value (minutes read, level reached). */
@Embeddable
public class GoalProgress {

    public static final int NOTE_MAX = 1000;

    @Column(name = "progress_on", nullable = false)
    private LocalDate on;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    @Convert(converter = OptionalUuid.class)
    private UUID recordedBy;

    @Column(name = "note")
    private String note;

    @Column(name = "amount")
    private Double value;

    protected GoalProgress() {
        // JPA
    }

    GoalProgress(LocalDate on, Instant recordedAt, UUID recordedBy, String note, Double value) {
        this.on = on;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.note = note;
        this.value = value;
    }

    public LocalDate on() {
        return on;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UUID recordedBy() {
        return recordedBy;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<Double> value() {
        return Optional.ofNullable(value);
    }
}
