package org.cairn.roster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.i18n.PhraseText;

/**
 * The state of one course's roster sync from the LMS (NRPS): what the teacher's progress bar shows, what decides
 * whether a teacher launch starts a new sync, and whether the next sync reads the whole membership or only the
 * changes through the {@code rel="differences"} URL the platform offered with the last successful read. Why a sync
 * or its differences read failed is kept as a phrase (V20), so each teacher reads it in their language; a sync that
 * failed before keeps its English sentence.
 */
@Entity
@Table(name = "roster_sync")
public class RosterSync {

    /** A sync that claims to run longer than this was cut short (a node restarted): it may be started again. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
    /** The column's size; a longer differences URL is not kept (the next sync is then a full one). */
    static final int MAX_URL = 2048;

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

    /** Why the last sync failed, as an English sentence: syncs that failed before V20 only. */
    @Column(name = "message")
    private String message;

    @Convert(converter = PhraseText.class)
    @Column(name = "message_phrase")
    private Phrase messagePhrase;

    @Enumerated(EnumType.STRING)
    @Column(name = "sync_mode")
    private RosterSyncMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "full_reason")
    private FullSyncReason fullReason;

    /** Why the differences read failed, as an English sentence: syncs before V20 only. */
    @Column(name = "differences_failure")
    private String differencesFailure;

    @Convert(converter = PhraseText.class)
    @Column(name = "differences_failure_phrase")
    private Phrase differencesFailurePhrase;

    @Column(name = "differences_url")
    private String differencesUrl;

    @Column(name = "differences_obtained_at")
    private Instant differencesObtainedAt;

    @Column(name = "full_requested", nullable = false)
    private boolean fullRequested;

    @Column(name = "last_full_at")
    private Instant lastFullAt;

    /** What the next read is: the changes at a differences URL, or the whole membership and why. */
    public record Plan(RosterSyncMode mode, Optional<URI> differences, FullSyncReason fullReason) {

        public static Plan differences(URI url) {
            return new Plan(RosterSyncMode.DIFFERENCES, Optional.of(url), null);
        }

        public static Plan full(FullSyncReason reason) {
            return new Plan(RosterSyncMode.FULL, Optional.empty(), Objects.requireNonNull(reason));
        }
    }

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
        messagePhrase = null;
    }

    /** Someone wants the whole roster read next time, whatever the differences URL says; kept until a full read succeeds. */
    public void requestFull() {
        fullRequested = true;
    }

    /**
     * The next read: the stored differences URL when there is one, it is younger than {@code differencesMaxAge}
     * and the last full read is younger than {@code fullSyncMaxAge}; else the whole membership. A change list
     * only says what changed, so a periodic full read corrects anything a platform's list left out.
     */
    public Plan plan(Instant now, Duration differencesMaxAge, Duration fullSyncMaxAge) {
        if (fullRequested) return Plan.full(FullSyncReason.REQUESTED);
        if (differencesUrl == null) return Plan.full(FullSyncReason.NO_DIFFERENCES_URL);
        if (lastFullAt == null || lastFullAt.plus(fullSyncMaxAge).isBefore(now)) {
            return Plan.full(FullSyncReason.FULL_SYNC_DUE);
        }
        if (differencesObtainedAt == null || differencesObtainedAt.plus(differencesMaxAge).isBefore(now)) {
            return Plan.full(FullSyncReason.DIFFERENCES_TOO_OLD);
        }
        return Plan.differences(URI.create(differencesUrl));
    }

    public void start(Plan plan, Instant now) {
        status = RosterSyncStatus.RUNNING;
        startedAt = now;
        finishedAt = null;
        membersSeen = 0;
        pages = 0;
        message = null;
        messagePhrase = null;
        mode = plan.mode();
        fullReason = plan.fullReason();
        differencesFailure = null;
        differencesFailurePhrase = null;
    }

    /** The differences read failed (the roster is untouched); the whole membership is read instead. */
    public void fallBackToFull(Phrase failure) {
        mode = RosterSyncMode.FULL;
        fullReason = FullSyncReason.DIFFERENCES_FAILED;
        differencesFailure = null;
        differencesFailurePhrase = Objects.requireNonNull(failure);
        membersSeen = 0;
        pages = 0;
    }

    public void progress(int members, int page) {
        membersSeen = members;
        pages = page;
    }

    /**
     * The read was applied. {@code differences} is the URL the platform offered with it (for the next sync), noted
     * as obtained when this read started: the changes it lists begin no later than that.
     */
    public void succeed(int active, int left, Optional<URI> differences, Instant now) {
        status = RosterSyncStatus.SUCCEEDED;
        activeMembers = active;
        leftMembers = left;
        finishedAt = now;
        lastSuccessAt = now;
        message = null;
        messagePhrase = null;
        if (mode == RosterSyncMode.FULL) {
            lastFullAt = now;
            fullRequested = false;
        }
        String url = differences.map(URI::toString).filter(u -> u.length() <= MAX_URL).orElse(null);
        differencesUrl = url;
        differencesObtainedAt = url == null ? null : startedAt;
    }

    /** Nothing was applied; a stored differences URL is kept (the next sync tries it again, then falls back). */
    public void fail(Phrase reason, Instant now) {
        status = RosterSyncStatus.FAILED;
        finishedAt = now;
        message = null;
        messagePhrase = Objects.requireNonNull(reason);
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

    /** Why the last sync failed, for the reader's language; a sentence kept before V20 reads as written. */
    public Optional<Phrase> message() {
        return Optional.ofNullable(messagePhrase).or(() -> asWritten(message));
    }

    public Optional<RosterSyncMode> mode() {
        return Optional.ofNullable(mode);
    }

    public Optional<FullSyncReason> fullReason() {
        return Optional.ofNullable(fullReason);
    }

    /** Why the differences read failed, for the reader's language; a sentence kept before V20 reads as written. */
    public Optional<Phrase> differencesFailure() {
        return Optional.ofNullable(differencesFailurePhrase).or(() -> asWritten(differencesFailure));
    }

    private static Optional<Phrase> asWritten(String sentence) {
        return Optional.ofNullable(sentence).map(Phrase::asWritten);
    }

    public Optional<URI> differencesUrl() {
        return Optional.ofNullable(differencesUrl).map(URI::create);
    }

    public Optional<Instant> differencesObtainedAt() {
        return Optional.ofNullable(differencesObtainedAt);
    }
}
