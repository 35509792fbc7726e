package org.cairn.mastery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    /**
     * What a district recompute did: courses walked, (student, standard) pairs recomputed, rows written because
     * their values changed, and the courses that failed (their transaction rolled back, the others kept).
     */
    public record Recomputed(UUID registrationId, int courses, long pairs, long written, List<UUID> failedCourses,
                             Instant startedAt, Instant finishedAt) {
    }

    /** Told how far a recompute got: once the courses are listed, then after every course. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (total, done, pairs, written, failed) -> { };

        void reached(int total, int done, long pairs, long written, List<UUID> failed);
    }

    /**
     * Walks every course of the tenant in the caller's thread. Who runs it makes sure one run per tenant at a time
     * ({@link DistrictRecomputeJobs}); running it again is always safe.
     */
    public Recomputed recompute(UUID registrationId, Progress progress) {
        return walk(registrationId, progress);
    }

    private Recomputed walk(UUID registrationId, Progress progress) {
        Instant started = clock.instant();
        List<UUID> courses = district.courses(registrationId);
        long pairs = 0;
        long written = 0;
        List<UUID> failed = new ArrayList<>();
        progress.reached(courses.size(), 0, 0, 0, failed);
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
            progress.reached(courses.size(), i + 1, pairs, written, List.copyOf(failed));
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
