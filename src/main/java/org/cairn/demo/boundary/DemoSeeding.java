package org.cairn.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.cairn.infra.persistence.UniqueKeyViolation;
import org.cairn.roster.entity.RosterSynced;

/**
 * Offers every finished roster sync to {@link DemoSeed}, only while the sandbox is on in development. A separate
 * bean so the seed's transaction is started by the container (a call within one bean would bypass it).
 */
@ApplicationScoped
public class DemoSeeding {

    private static final Logger LOG = Logger.getLogger(DemoSeeding.class.getName());

    @Inject
    Installation installation;

    @Inject
    DemoSeed seed;

    /** Runs on the roster sync's thread after the membership committed; a failure leaves the course as it was. */
    void rosterSynced(@Observes RosterSynced synced) {
        if (!installation.sandboxEnabled() || !installation.mode().isDevelopment()) return;
        try {
            seed.seed(synced.courseId());
        } catch (RuntimeException e) {
            if (UniqueKeyViolation.in(e)) {
                // Two syncs of the demo course finished together: the other one's seed holds the mark and seeds it.
                LOG.fine(() -> "Demo data for course " + synced.courseId() + " is being seeded by a simultaneous sync");
                return;
            }
            LOG.log(Level.WARNING, "Demo data for course " + synced.courseId() + " not seeded", e);
        }
    }
}
