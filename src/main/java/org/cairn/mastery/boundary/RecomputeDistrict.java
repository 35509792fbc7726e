package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.problem.ProblemException;
import org.cairn.mastery.control.DistrictMastery;

/**
 * Recomputes the mastery of every course of a tenant (a district): after a change that touches every course, or to
 * rebuild the derived table from evidence. Course by course, each in a transaction of its own
 * ({@link RecomputeMastery#rebuild}: the course's evidence read once as plain values, only changed rows written), so
 * a district never holds one huge transaction and a run that stops half-way can simply be run again.
 */
@ApplicationScoped
public class RecomputeDistrict {

    private static final Logger LOG = Logger.getLogger(RecomputeDistrict.class.getName());
    private static final int FAILURES_LISTED = 20;

    @Inject
    DistrictMastery district;

    @Inject
    RecomputeMastery recompute;

    @Inject
    Clock clock;

    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    /**
     * What a district recompute did: courses walked, (student, standard) pairs recomputed, rows written because
     * their values changed, and the courses that failed (their transaction rolled back, the others kept).
     */
    public record Recomputed(UUID registrationId, int courses, long pairs, long written, List<UUID> failedCourses,
                             Instant startedAt, Instant finishedAt) {
    }

    /** Runs in the caller's thread; one run per tenant at a time (a second is refused with 409). */
    public Recomputed recompute(UUID registrationId) {
        if (!running.add(registrationId)) {
            throw ProblemException.conflict("a mastery recompute of registration " + registrationId + " is already running");
        }
        try {
            return walk(registrationId);
        } finally {
            running.remove(registrationId);
        }
    }

    private Recomputed walk(UUID registrationId) {
        Instant started = clock.instant();
        List<UUID> courses = district.courses(registrationId);
        long pairs = 0;
        long written = 0;
        List<UUID> failed = new ArrayList<>();
        for (int i = 0; i < courses.size(); i++) {
            UUID course = courses.get(i);
            try {
                RecomputeMastery.Rebuilt rebuilt = recompute.rebuild(registrationId, course);
                pairs += rebuilt.pairs();
                written += rebuilt.written();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mastery recompute of course " + course + " (registration " + registrationId
                        + ") failed; its rows are as they were", e);
                if (failed.size() < FAILURES_LISTED) failed.add(course);
            }
            if ((i + 1) % 100 == 0) {
                int done = i + 1;
                long p = pairs;
                LOG.info(() -> "Mastery recompute of registration " + registrationId + ": " + done + " of "
                        + courses.size() + " courses, " + p + " pairs");
            }
        }
        Recomputed result = new Recomputed(registrationId, courses.size(), pairs, written, List.copyOf(failed), started,
                clock.instant());
        LOG.info(() -> "Mastery recompute of registration " + registrationId + " done: " + result);
        return result;
    }
}
