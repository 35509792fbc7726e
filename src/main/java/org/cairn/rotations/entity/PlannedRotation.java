package org.cairn.rotations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * A rotation of a course on a date: rounds of fixed minutes over the stations in play, in rotation order, and
 * where the classroom board is (the current round, and when it started; no start time means paused).
 */
@Entity
@Table(name = "rotation")
@NamedQuery(name = "PlannedRotation.ofCourse", query = "SELECT r FROM PlannedRotation r WHERE r.registrationId = "
        + ":registrationId AND r.courseId = :courseId ORDER BY r.heldOn DESC, r.createdAt DESC")
public class PlannedRotation {

    @Id
    private UUID id;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "rounds", nullable = false)
    private int rounds;

    @Column(name = "minutes_per_round", nullable = false)
    private int minutesPerRound;

    @Column(name = "station_ids", nullable = false)
    private String stationIds;

    @Column(name = "current_round", nullable = false)
    private int currentRound;

    @Column(name = "round_started_at")
    private Instant roundStartedAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlannedRotation() {
        // JPA
    }

    /** The domain {@link Rotation} has checked rounds, minutes and stations before this is built. */
    public PlannedRotation(UUID registrationId, UUID courseId, String title, LocalDate heldOn, Rotation checked,
                           UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.registrationId = Objects.requireNonNull(registrationId);
        this.courseId = Objects.requireNonNull(courseId);
        this.title = Objects.requireNonNull(title);
        this.heldOn = Objects.requireNonNull(heldOn);
        this.rounds = checked.rounds();
        this.minutesPerRound = checked.minutesPerRound();
        this.stationIds = String.join(",", checked.stations().stream().map(Station::id).toList());
        this.currentRound = 1;
        this.createdBy = createdBy.toString();
        this.createdAt = now;
    }

    /** The board moves to a round; started means its countdown runs from now. */
    public void showRound(int round, boolean started, Instant now) {
        if (round < 1 || round > rounds) {
            throw RotationRejected.invalid(Breach.Constraint.ROUNDS,
                    Phrase.of("rotations.problem.roundNotInRotation", String.valueOf(round),
                            String.valueOf(rounds)));
        }
        this.currentRound = round;
        this.roundStartedAt = started ? now : null;
    }

    public List<UUID> stationIds() {
        return Arrays.stream(stationIds.split(",")).filter(s -> !s.isBlank()).map(UUID::fromString).toList();
    }

    public UUID id() { return id; }
    public UUID registrationId() { return registrationId; }
    public UUID courseId() { return courseId; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public int rounds() { return rounds; }
    public int minutesPerRound() { return minutesPerRound; }
    public int currentRound() { return currentRound; }
    public Instant roundStartedAt() { return roundStartedAt; }
    public Instant createdAt() { return createdAt; }
}
