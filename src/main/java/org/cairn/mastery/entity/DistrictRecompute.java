package org.cairn.mastery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.PhraseText;

/**
 * The last full mastery recompute of a district (a registration): whether it runs, how far it got and how it ended.
 * One row per registration, rewritten by each new run. Why a run stopped is kept as a phrase (V20), for the
 * operator's language; a run that stopped before keeps its English sentence.
 */
@Entity
@Table(name = "mastery_recompute_run")
public class DistrictRecompute {

    /**
     * A run updates its row after every course (a course takes well under a second); one silent for longer than this
     * was cut short (its node stopped), so a new run may take its place.
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    /** The column holds this many failed course ids (the log has them all). */
    public static final int FAILURES_KEPT = 20;

    @Id
    @Column(name = "registration_id")
    private UUID registrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DistrictRecomputeStatus status;

    @Column(name = "courses_total", nullable = false)
    private int coursesTotal;

    @Column(name = "courses_done", nullable = false)
    private int coursesDone;

    @Column(name = "pairs", nullable = false)
    private long pairs;

    @Column(name = "written", nullable = false)
    private long written;

    @Column(name = "failed_courses")
    private String failedCourses;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Why the run stopped, as an English sentence: runs that stopped before V20 only. */
    @Column(name = "message")
    private String message;

    @Convert(converter = PhraseText.class)
    @Column(name = "message_phrase")
    private Phrase messagePhrase;

    protected DistrictRecompute() {
        // JPA
    }

    /** The first run of a registration, starting now. */
    public static DistrictRecompute first(UUID registrationId, Instant now) {
        DistrictRecompute run = new DistrictRecompute();
        run.registrationId = Objects.requireNonNull(registrationId);
        run.restart(now);
        return run;
    }

    /** Whether a run is alive at {@code now}: running, and heard from within {@link #ABANDONED_AFTER}. */
    public boolean isAliveAt(Instant now) {
        return status == DistrictRecomputeStatus.RUNNING && updatedAt.plus(ABANDONED_AFTER).isAfter(now);
    }

    /** Starts a new run in this row, forgetting the last one's figures. */
    public void restart(Instant now) {
        status = DistrictRecomputeStatus.RUNNING;
        coursesTotal = 0;
        coursesDone = 0;
        pairs = 0;
        written = 0;
        failedCourses = null;
        startedAt = now;
        updatedAt = now;
        finishedAt = null;
        message = null;
        messagePhrase = null;
    }

    /** How far the run got: courses walked of the total, pairs recomputed, rows written, courses that failed. */
    public void progress(int total, int done, long pairsSoFar, long writtenSoFar, List<UUID> failed, Instant now) {
        coursesTotal = total;
        coursesDone = done;
        pairs = pairsSoFar;
        written = writtenSoFar;
        failedCourses = failed.isEmpty() ? null : failed.stream().limit(FAILURES_KEPT).map(UUID::toString)
                .collect(Collectors.joining(","));
        updatedAt = now;
    }

    /** Every course was walked. */
    public void finish(Instant now) {
        status = DistrictRecomputeStatus.DONE;
        updatedAt = now;
        finishedAt = now;
    }

    /** The run stopped before the end, for the reason given (phrased in the operator's language when read). */
    public void fail(Phrase reason, Instant now) {
        status = DistrictRecomputeStatus.FAILED;
        message = null;
        messagePhrase = Objects.requireNonNull(reason);
        updatedAt = now;
        finishedAt = now;
    }

    public UUID registrationId() {
        return registrationId;
    }

    public DistrictRecomputeStatus status() {
        return status;
    }

    public int coursesTotal() {
        return coursesTotal;
    }

    public int coursesDone() {
        return coursesDone;
    }

    public long pairs() {
        return pairs;
    }

    public long written() {
        return written;
    }

    public List<UUID> failedCourses() {
        return failedCourses == null ? List.of() : Arrays.stream(failedCourses.split(",")).map(UUID::fromString).toList();
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** Why the run stopped; a sentence kept before V20 reads as written. */
    public Optional<Phrase> message() {
        return Optional.ofNullable(messagePhrase)
                .or(() -> Optional.ofNullable(message).map(Phrase::asWritten));
    }
}
