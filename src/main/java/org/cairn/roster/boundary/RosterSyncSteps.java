package org.cairn.roster.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.roster.control.RosterReconciliation;
import org.cairn.roster.entity.Course;
import org.cairn.roster.entity.RosterSync;
import org.cairn.roster.nrps.Member;

/**
 * The transactions of a roster sync, each short and on its own: queue, start, report progress, apply the
 * membership (all of it or nothing), fail. The slow part, reading the LMS, happens between them.
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
    public record Job(UUID courseId, UUID registrationId, java.net.URI membershipsUrl) {
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
     * recent. Returns whether a new sync was queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean queue(UUID courseId, boolean onlyIfStale, Duration maxAge) {
        // Lock the course row, which always exists: two nodes queueing the very first sync of a course at the same
        // instant would otherwise both find no sync row and collide on its primary key.
        Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null || course.membershipsUrl().isEmpty()) return false;
        RosterSync sync = em.find(RosterSync.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (sync == null) {
            em.persist(new RosterSync(courseId, clock.instant()));
            return true;
        }
        if (sync.busy(clock.instant())) return false;
        if (onlyIfStale && !sync.stale(maxAge, clock.instant())) return false;
        sync.queue(clock.instant());
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Job> start(UUID courseId) {
        Course course = em.find(Course.class, courseId);
        RosterSync sync = em.find(RosterSync.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null || sync == null || course.membershipsUrl().isEmpty()) return Optional.empty();
        sync.start(clock.instant());
        return Optional.of(new Job(courseId, course.registrationId(), course.membershipsUrl().get()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID courseId, int members, int pages) {
        RosterSync sync = em.find(RosterSync.class, courseId);
        if (sync != null) sync.progress(members, pages);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RosterReconciliation.Outcome apply(UUID courseId, List<Member> members) {
        Course course = em.find(Course.class, courseId);
        RosterReconciliation.Outcome outcome = reconciliation.apply(course, members, true);
        RosterSync sync = em.find(RosterSync.class, courseId);
        sync.progress(members.size(), sync.pages());
        sync.succeed(outcome.active(), outcome.left(), clock.instant());
        return outcome;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID courseId, String reason) {
        RosterSync sync = em.find(RosterSync.class, courseId);
        if (sync != null) sync.fail(reason, clock.instant());
    }
}
