package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.entity.DistrictRecompute;
import org.cairn.mastery.entity.DistrictRecomputeStatus;
import org.cairn.tenancy.entity.Registration;

/**
 * The row of a district's running or last mastery recompute, each change in a short transaction of its own, so the
 * operator's status request sees progress while the run goes on.
 */
@ApplicationScoped
public class DistrictRecomputeRuns {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    /** A run as the operator sees it: why it stopped in the operator's language. */
    public record Run(UUID registrationId, DistrictRecomputeStatus status, int courses, int coursesDone, long pairs,
                      long written, List<UUID> failedCourses, Instant startedAt, Instant updatedAt, Instant finishedAt,
                      String message) {

        static Run of(DistrictRecompute row, Locale reader) {
            return new Run(row.registrationId(), row.status(), row.coursesTotal(), row.coursesDone(), row.pairs(),
                    row.written(), row.failedCourses(), row.startedAt(), row.updatedAt(), row.finishedAt(),
                    row.message().map(m -> m.in(reader)).orElse(null));
        }
    }

    /**
     * Starts a run of the registration unless one is alive; empty when one is. The registration row (which always
     * exists) is locked first, so two first runs asked for at once wait for each other instead of both inserting.
     */
    @Transactional
    public Optional<Run> claim(UUID registrationId) {
        em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        DistrictRecompute row = em.find(DistrictRecompute.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = DistrictRecompute.first(registrationId, now);
            em.persist(row);
        } else if (row.isAliveAt(now)) {
            return Optional.empty();
        } else {
            row.restart(now);
        }
        // A run just started has no message, so no language to choose.
        return Optional.of(Run.of(row, Messages.ENGLISH));
    }

    @Transactional
    public void progress(UUID registrationId, int total, int done, long pairs, long written, List<UUID> failed) {
        row(registrationId).progress(total, done, pairs, written, failed, clock.instant());
    }

    @Transactional
    public void finish(UUID registrationId) {
        row(registrationId).finish(clock.instant());
    }

    @Transactional
    public void fail(UUID registrationId, Phrase reason) {
        row(registrationId).fail(reason, clock.instant());
    }

    @Transactional
    public Optional<Run> find(UUID registrationId, Locale reader) {
        return Optional.ofNullable(em.find(DistrictRecompute.class, registrationId)).map(r -> Run.of(r, reader));
    }

    private DistrictRecompute row(UUID registrationId) {
        DistrictRecompute row = em.find(DistrictRecompute.class, registrationId);
        if (row == null) throw new IllegalStateException("no recompute run of registration " + registrationId);
        return row;
    }
}
