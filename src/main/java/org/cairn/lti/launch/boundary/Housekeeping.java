package org.cairn.lti.launch.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.lti.launch.control.LoginStates;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes expired login states, remembered nonces and sessions, in bounded batches so one run never holds a long
 * transaction. Every node runs it; the deletes are idempotent.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    static final int BATCH = 500;
    static final int MAX_BATCHES_PER_RUN = 20;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LoginStates states;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cairn.lti.housekeeping.interval", defaultValue = "PT5M")
    Duration interval;

    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        long seconds = Math.max(10, interval.toSeconds());
        task = scheduler.scheduleWithFixedDelay(this::purge, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) task.cancel(false);
    }

    void purge() {
        try {
            int states = purge("lti_login_state", "state");
            int nonces = purge("lti_used_nonce", "issuer, nonce");
            int sessions = purge("course_session", "id");
            if (states + nonces + sessions > 0) {
                LOG.fine(() -> "Housekeeping deleted " + states + " login states, " + nonces + " nonces, "
                        + sessions + " sessions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Housekeeping failed; it runs again in " + interval, e);
        }
    }

    private int purge(String table, String keys) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int deleted = states.purgeExpired(table, keys, clock.instant(), BATCH);
            total += deleted;
            if (deleted < BATCH) break;
        }
        return total;
    }
}
