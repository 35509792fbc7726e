package org.cairn.grades.boundary;

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
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads mapped LMS assignments' results every {@code cairn.grades.results.poll} on every node (recording is once). */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResultsReader {

    private static final Logger LOG = Logger.getLogger(ResultsReader.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ResultsAsEvidence reader;

    @Inject
    @ConfigProperty(name = "cairn.grades.results.poll", defaultValue = "PT30M")
    Duration poll;

    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        if (poll.isZero() || poll.isNegative()) {
            LOG.info("Reading LMS results as evidence on a schedule is off (cairn.grades.results.poll=" + poll + ")");
            return;
        }
        polling = scheduler.scheduleWithFixedDelay(this::readAll, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void readAll() {
        try {
            var outcome = reader.readAll();
            if (outcome.recorded() > 0 || !outcome.problems().isEmpty()) {
                LOG.info(() -> "LMS results read: " + outcome.results() + " seen, " + outcome.recorded() + " recorded as evidence, "
                        + outcome.problems().size() + " assignments failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading LMS results failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) polling.cancel(false);
    }
}
