package org.cairn.mastery.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;
import org.cairn.mastery.control.DistrictRecomputeRuns;

/**
 * Runs a district's full mastery recompute in the background, one per registration at a time, and keeps its
 * progress in {@link DistrictRecomputeRuns} for the operator to follow. It takes minutes on a large district:
 * longer than proxies and clients keep a request open.
 */
@ApplicationScoped
public class DistrictRecomputeJobs {

    private static final Logger LOG = Logger.getLogger(DistrictRecomputeJobs.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    RecomputeDistrict recompute;

    @Inject
    DistrictRecomputeRuns runs;

    /** Starts a run; a 409 problem when one of this registration is already running. */
    public DistrictRecomputeRuns.Run start(UUID registrationId) {
        DistrictRecomputeRuns.Run run = runs.claim(registrationId).orElseThrow(() -> ProblemException.conflict(
                Phrase.of("mastery.problem.recomputeRunning")));
        try {
            executor.submit(() -> run(registrationId));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "The mastery recompute of registration " + registrationId + " could not be queued", e);
            runs.fail(registrationId, Phrase.of("mastery.server.recomputeNotQueued"));
            throw new ProblemException(ProblemType.HTTP_ERROR, 503, Phrase.of("mastery.problem.recomputeNotQueued"));
        }
        return run;
    }

    void run(UUID registrationId) {
        try {
            RecomputeDistrict.Recomputed done = recompute.recompute(registrationId,
                    (total, courses, pairs, written, failed) -> progress(registrationId, total, courses, pairs, written, failed));
            runs.progress(registrationId, done.courses(), done.courses(), done.pairs(), done.written(), done.failedCourses());
            runs.finish(registrationId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The mastery recompute of registration " + registrationId + " stopped", e);
            try {
                runs.fail(registrationId, Phrase.of("mastery.server.recomputeStopped", e.getClass().getSimpleName()));
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                LOG.log(Level.SEVERE, "Could not record that the recompute of registration " + registrationId
                        + " stopped; it shows as running until it is abandoned", again);
            }
        }
    }

    /** A progress write that fails (a database blip) must not stop the walk: the next one catches up. */
    private void progress(UUID registrationId, int total, int done, long pairs, long written, List<UUID> failed) {
        try {
            runs.progress(registrationId, total, done, pairs, written, failed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the progress of the recompute of registration " + registrationId, e);
        }
    }
}
