package org.cairn.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one course's roster sync from the LMS (NRPS): what the teacher's progress bar shows, and what
 * decides whether a teacher launch starts a new sync.
 */
@Entity
@Table(name = "roster_sync")
public class RosterSync {

    /** A sync that claims to run longer than this was cut short (a node restarted): it may be started again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    @Id
    @Column(name = "course_id")
    private UUID courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RosterSyncStatus status;

    @Column(name = "members_seen", nullable = false)
    private int membersSeen;

    @Column(name = "pages", nullable = false)
    private int pages;

    @Column(name = "active_members", nullable = false)
    private int activeMembers;

    @Column(name = "left_members", nullable = false)
    private int leftMembers;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "message")
    private String message;

    protected RosterSync() {
        // JPA
    }

    public RosterSync(UUID courseId, Instant now) {
        this.courseId = Objects.requireNonNull(courseId);
        this.status = RosterSyncStatus.QUEUED;
        this.requestedAt = now;
    }

    /** True while a sync is queued or running and not abandoned. */
    public boolean busy(Instant now) {
        if (status == RosterSyncStatus.QUEUED || status == RosterSyncStatus.RUNNING) {
            Instant since = startedAt != null ? startedAt : requestedAt;
            return since.plus(ABANDONED_AFTER).isAfter(now);
        }
        return false;
    }

    /** A teacher launch syncs again when the last success is older than the configured age. */
    public boolean stale(Duration maxAge, Instant now) {
        return lastSuccessAt == null || lastSuccessAt.plus(maxAge).isBefore(now);
    }

    public void queue(Instant now) {
        status = RosterSyncStatus.QUEUED;
        requestedAt = now;
        message = null;
    }

    public void start(Instant now) {
        status = RosterSyncStatus.RUNNING;
        startedAt = now;
        finishedAt = null;
        membersSeen = 0;
        pages = 0;
        message = null;
    }

    public void progress(int members, int page) {
        membersSeen = members;
        pages = page;
    }

    public void succeed(int active, int left, Instant now) {
        status = RosterSyncStatus.SUCCEEDED;
        activeMembers = active;
        leftMembers = left;
        finishedAt = now;
        lastSuccessAt = now;
        message = null;
    }

    public void fail(String reason, Instant now) {
        status = RosterSyncStatus.FAILED;
        finishedAt = now;
        message = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    public UUID courseId() {
        return courseId;
    }

    public RosterSyncStatus status() {
        return status;
    }

    public int membersSeen() {
        return membersSeen;
    }

    public int pages() {
        return pages;
    }

    public int activeMembers() {
        return activeMembers;
    }

    public int leftMembers() {
        return leftMembers;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public String message() {
        return message;
    }
}
