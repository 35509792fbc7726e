package org.cairn.roster.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.roster.entity.CourseLaunched;
import org.cairn.roster.entity.RosterSyncMode;
import org.cairn.roster.entity.RosterSynced;
import org.cairn.roster.nrps.Membership;
import org.cairn.roster.nrps.MembershipClient;
import org.cairn.roster.nrps.MembershipProgress;
import org.cairn.session.entity.CourseRole;
import org.cairn.tenancy.tokens.ServiceCallFailed;
import org.cairn.tenancy.tokens.ServiceClient;
import org.cairn.tenancy.tokens.ServiceClients;
import org.cairn.tenancy.tokens.ServiceTokenRefused;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a course's roster from the LMS (NRPS) in the background: after a teacher launch when the last sync is
 * older than {@code cairn.roster.sync-max-age}, and when a teacher asks. When the last read offered a
 * {@code rel="differences"} URL (NRPS 2.0 §2.4.2) that is recent enough, only the changes are read; if the platform
 * refuses or garbles that read, the whole membership is read instead. Progress, the kind of read and the outcome
 * are kept in roster_sync so the teacher's page can show them; a failure is recorded in words, the roster is
 * left as it was.
 */
@ApplicationScoped
public class RosterSyncing {

    private static final Logger LOG = Logger.getLogger(RosterSyncing.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    RosterSyncSteps steps;

    @Inject
    Event<RosterSynced> rosterSynced;

    @Inject
    MembershipClient memberships;

    @Inject
    ServiceClients clients;

    @Inject
    @ConfigProperty(name = "cairn.roster.sync-max-age", defaultValue = "PT1H")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "cairn.roster.differences-max-age", defaultValue = "PT12H")
    Duration differencesMaxAge;

    @Inject
    @ConfigProperty(name = "cairn.roster.full-sync-max-age", defaultValue = "P1D")
    Duration fullSyncMaxAge;

    /** A teacher opened the course: refresh the roster if it is old. Runs after the launch has committed. */
    void teacherLaunched(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseLaunched launched) {
        if (launched.role() == CourseRole.TEACHER && steps.queue(launched.courseId(), true, maxAge, false)) {
            submit(launched.courseId());
        }
    }

    /**
     * A teacher asked for a sync now: the changes since the last one when the platform offers them, or with
     * {@code full} the whole roster. Returns false when one is already under way or the LMS offers no roster.
     */
    public boolean request(UUID courseId, boolean full) {
        if (!steps.queue(courseId, false, maxAge, full)) return false;
        submit(courseId);
        return true;
    }

    /** Whether the LMS told Cairn where this course's roster is (the launch's NRPS claim). */
    public boolean offersRoster(UUID courseId) {
        return steps.offersRoster(courseId);
    }

    private void submit(UUID courseId) {
        executor.submit(() -> run(courseId));
    }

    private void synced(RosterSynced event) {
        try {
            rosterSynced.fire(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of the roster sync of course " + event.courseId() + " failed", e);
        }
    }

    void run(UUID courseId) {
        Optional<RosterSyncSteps.Job> job = steps.start(courseId, differencesMaxAge, fullSyncMaxAge);
        if (job.isEmpty()) return;
        try {
            ServiceClient client = clients.of(job.get().registrationId())
                    .orElseThrow(() -> new IllegalStateException("the course's LMS registration is gone"));
            MembershipProgress progress = (members, page) -> steps.progress(courseId, members, page);
            RosterSyncMode mode = job.get().plan().mode();
            Membership membership = null;
            if (job.get().plan().differences().isPresent()) {
                try {
                    membership = memberships.differences(client, job.get().membershipsUrl(),
                            job.get().plan().differences().get(), progress);
                } catch (ServiceCallFailed e) {
                    // Nothing of the failed read was applied; the whole membership is the safe answer.
                    LOG.warning(() -> "Roster sync of course " + courseId + ": the differences read failed ("
                            + e.getMessage() + "); reading the whole roster instead");
                    steps.fallBackToFull(courseId, e.detailPhrase());
                    mode = RosterSyncMode.FULL;
                }
            }
            if (membership == null) membership = memberships.members(client, job.get().membershipsUrl(), progress);
            Membership read = membership;
            RosterSyncMode kind = mode;
            var outcome = steps.apply(courseId, read, kind);
            LOG.info(() -> "Roster sync of course " + courseId + " (" + kind + " read): " + read.members().size()
                    + " members listed, " + outcome.active() + " active, " + outcome.left() + " inactive, "
                    + read.pages() + " pages");
            synced(new RosterSynced(courseId, job.get().registrationId(), outcome.active()));
        } catch (ServiceCallFailed | ServiceTokenRefused e) {
            LOG.warning(() -> "Roster sync of course " + courseId + " failed: " + e.getMessage());
            // The teacher reads why in their own language; the LMS's words in it stay as the LMS wrote them.
            steps.fail(courseId, e.detailPhrase());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Roster sync of course " + courseId + " failed", e);
            steps.fail(courseId, Phrase.of("roster.server.syncFailed", e.getClass().getSimpleName()));
        }
    }
}
