package org.cairn.roster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.roster.control.RosterMerge;
import org.cairn.roster.control.RosterReconciliation;
import org.cairn.roster.entity.Course;
import org.cairn.roster.entity.RosterSync;
import org.cairn.roster.entity.RosterSyncMode;
import org.cairn.roster.nrps.Membership;

/**
 * The transactions of a roster sync, each short and on its own: queue, start (deciding between a differences
 * and a full read), report progress, fall back to a full read, apply the membership (all of it or nothing), fail.
 * The slow part, reading the LMS, happens between them.
 */
@ApplicationScoped
public class RosterSyncSteps {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RosterReconciliation reconciliation;

    /** What a started sync needs to read the LMS. */
    public record Job(UUID courseId, UUID registrationId, java.net.URI membershipsUrl, RosterSync.Plan plan) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RosterSync> status(UUID courseId) {
        return Optional.ofNullable(em.find(RosterSync.class, courseId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean offersRoster(UUID courseId) {
        Course course = em.find(Course.class, courseId);
        return course != null && course.membershipsUrl().isPresent();
    }

    /**
     * Queues a sync unless one is already under way; with {@code onlyIfStale}, also unless the last success is
     * recent; with {@code full}, one that reads the whole membership. Returns whether a new sync was queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean queue(UUID courseId, boolean onlyIfStale, Duration maxAge, boolean full) {
        // Lock the course row, which always exists: two nodes queueing the very first sync of a course at the same
        // instant would otherwise both find no sync row and collide on its primary key.
        Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null || course.membershipsUrl().isEmpty()) return false;
        RosterSync sync = em.find(RosterSync.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (sync == null) {
            sync = new RosterSync(courseId, clock.instant());
            em.persist(sync);
        } else {
            if (sync.busy(clock.instant())) return false;
            if (onlyIfStale && !sync.stale(maxAge, clock.instant())) return false;
            sync.queue(clock.instant());
        }
        if (full) sync.requestFull();
        return true;
    }

    /** Starts the queued sync and decides what it reads: the stored differences URL, or the whole membership. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Job> start(UUID courseId, Duration differencesMaxAge, Duration fullSyncMaxAge) {
        Course course = em.find(Course.class, courseId);
        RosterSync sync = em.find(RosterSync.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null || sync == null || course.membershipsUrl().isEmpty()) return Optional.empty();
        RosterSync.Plan plan = sync.plan(clock.instant(), differencesMaxAge, fullSyncMaxAge);
        sync.start(plan, clock.instant());
        return Optional.of(new Job(courseId, course.registrationId(), course.membershipsUrl().get(), plan));
    }

    /** The differences read failed and nothing was applied; the sync goes on with a full read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fallBackToFull(UUID courseId, Phrase failure) {
        RosterSync sync = em.find(RosterSync.class, courseId);
        if (sync != null) sync.fallBackToFull(failure);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID courseId, int members, int pages) {
        RosterSync sync = em.find(RosterSync.class, courseId);
        if (sync != null) sync.progress(members, pages);
    }

    /** Applies a whole membership or a differences read, and keeps the differences URL it offered for next time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RosterMerge.Outcome apply(UUID courseId, Membership membership, RosterSyncMode mode) {
        Course course = em.find(Course.class, courseId);
        RosterMerge.Outcome outcome = reconciliation.apply(course, membership.members(), mode);
        RosterSync sync = em.find(RosterSync.class, courseId);
        sync.progress(membership.members().size(), membership.pages());
        sync.succeed(outcome.active(), outcome.left(), membership.differences(), clock.instant());
        return outcome;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID courseId, Phrase reason) {
        RosterSync sync = em.find(RosterSync.class, courseId);
        if (sync != null) sync.fail(reason, clock.instant());
    }
}
