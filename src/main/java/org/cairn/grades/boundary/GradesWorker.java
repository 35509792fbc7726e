package org.cairn.grades.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.grades.control.AgsClient;
import org.cairn.grades.control.DeliveryPolicy;
import org.cairn.grades.control.DeliveryWorker;
import org.cairn.grades.control.RegistrationLimits;
import org.cairn.grades.control.ScoreOutbox;
import org.cairn.tenancy.tokens.Backoff;
import org.cairn.tenancy.tokens.ServiceClients;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the score delivery worker once the schema is migrated: every {@code cairn.grades.worker.poll} it claims
 * a batch of due deliveries and sends them on the managed executor. Every node runs one; the claim's
 * {@code SKIP LOCKED} and lease make each delivery one node's at a time.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GradesWorker {

    private static final Logger LOG = Logger.getLogger(GradesWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxTransactions transactions;

    @Inject
    AgsClient ags;

    @Inject
    ServiceClients clients;

    @Inject
    Clock clock;

    @Inject
    PeriodScores periodScores;

    @Inject
    @ConfigProperty(name = "cairn.grades.worker.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "cairn.grades.worker.poll", defaultValue = "PT1S")
    Duration poll;

    @Inject
    @ConfigProperty(name = "cairn.grades.worker.batch", defaultValue = "20")
    int batch;

    @Inject
    @ConfigProperty(name = "cairn.grades.worker.lease", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "cairn.grades.retry.base", defaultValue = "PT2S")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "cairn.grades.retry.cap", defaultValue = "PT5M")
    Duration retryCap;

    @Inject
    @ConfigProperty(name = "cairn.grades.concurrency", defaultValue = "4")
    int concurrency;

    @Inject
    @ConfigProperty(name = "cairn.grades.attention-after", defaultValue = "PT1H")
    Duration attentionAfter;

    private ScheduledFuture<?> polling;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Score delivery worker is off (cairn.grades.worker.enabled=false)");
            return;
        }
        DeliveryWorker worker = new DeliveryWorker(new ScoreOutbox(), transactions, ags, clients::of,
                new DeliveryPolicy(new Backoff(retryBase, retryCap, new Random()), attentionAfter),
                new RegistrationLimits(concurrency), clock,
                new DeliveryWorker.Settings(nodeName(), lease, batch, retryBase, lease.dividedBy(4)), executor,
                delivery -> PeriodScores.forPeriodColumn(delivery) ? periodScores.current(delivery)
                        : delivery.score());
        polling = scheduler.scheduleWithFixedDelay(() -> poll(worker), poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Score delivery worker polls every " + poll + " (batch " + batch + ", lease " + lease
                + ", " + concurrency + " calls per registration)");
    }

    private void poll(DeliveryWorker worker) {
        if (stopping) return;
        try {
            // A full batch means more is due: keep claiming until the outbox is drained or we are stopping.
            while (!stopping && worker.runOnce() == batch) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            // The next poll tries again; one bad round must not cancel the schedule.
            LOG.log(Level.WARNING, "Score delivery round failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) polling.cancel(false);
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String name = host + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
