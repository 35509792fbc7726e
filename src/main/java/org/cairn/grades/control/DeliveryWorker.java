package org.cairn.grades.control;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cairn.infra.i18n.Phrase;
import org.cairn.grades.entity.AgsLineItem;
import org.cairn.grades.entity.ClaimedDelivery;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.grades.entity.NewLineItem;
import org.cairn.grades.entity.Score;
import org.cairn.tenancy.tokens.ServiceCallFailed;
import org.cairn.tenancy.tokens.ServiceClient;
import org.cairn.tenancy.tokens.ServiceTokenRefused;

/**
 * One pass of the score outbox: claim due deliveries under a lease, deliver each (finding or creating its line
 * item first if needed) within the registration's concurrency limit, and record the outcome. Rescheduling is the
 * outbox's own: a failed delivery goes back to the table with its next attempt time, so no thread waits out a
 * backoff and a restart loses nothing.
 */
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    /** This node's name in locked_by, the lease, the claim batch and how soon a delivery turned away for a busy registration is due again. */
    public record Settings(String node, Duration lease, int batch, Duration busyDelay, Duration permitWait) {
        public Settings {
            Objects.requireNonNull(node);
            if (batch < 1) throw new IllegalArgumentException("batch must be at least 1");
            if (permitWait == null || permitWait.isNegative()) permitWait = Duration.ZERO;
        }

        /** Without waiting for a permit: a delivery that finds its registration at the limit is given back at once. */
        public Settings(String node, Duration lease, int batch, Duration busyDelay) {
            this(node, lease, batch, busyDelay, Duration.ZERO);
        }
    }

    private final ScoreOutbox outbox;
    private final SqlTransactions transactions;
    private final AgsClient ags;
    private final Function<UUID, Optional<ServiceClient>> clients;
    private final DeliveryPolicy policy;
    private final RegistrationLimits limits;
    private final Clock clock;
    private final Settings settings;
    private final Executor executor;
    /** The score to send for a claimed delivery: the queued one, or one read again at sending (per-period means). */
    private final Function<ClaimedDelivery, Score> scoreToSend;
    /** Line items this node found or created, so that deliveries claimed together do not create one twice. */
    private final Map<UUID, URI> resolved = new ConcurrentHashMap<>();
    private final Map<UUID, Object> resolving = new ConcurrentHashMap<>();

    public DeliveryWorker(ScoreOutbox outbox, SqlTransactions transactions, AgsClient ags,
                          Function<UUID, Optional<ServiceClient>> clients, DeliveryPolicy policy, RegistrationLimits limits,
                          Clock clock, Settings settings, Executor executor) {
        this(outbox, transactions, ags, clients, policy, limits, clock, settings, executor, ClaimedDelivery::score);
    }

    public DeliveryWorker(ScoreOutbox outbox, SqlTransactions transactions, AgsClient ags,
                          Function<UUID, Optional<ServiceClient>> clients, DeliveryPolicy policy, RegistrationLimits limits,
                          Clock clock, Settings settings, Executor executor, Function<ClaimedDelivery, Score> scoreToSend) {
        this.scoreToSend = scoreToSend;
        this.outbox = outbox;
        this.transactions = transactions;
        this.ags = ags;
        this.clients = clients;
        this.policy = policy;
        this.limits = limits;
        this.clock = clock;
        this.settings = settings;
        this.executor = executor;
    }

    /** Claims one batch and delivers it; returns how many deliveries it claimed. */
    public int runOnce() {
        List<ClaimedDelivery> claimed = transactions.inNewTransaction(connection ->
                outbox.claim(connection, settings.node(), clock.instant(), settings.lease(), settings.batch()));
        CompletableFuture<?>[] running = claimed.stream()
                .map(delivery -> CompletableFuture.runAsync(() -> deliver(delivery), executor))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(running).join();
        return claimed.size();
    }

    void deliver(ClaimedDelivery delivery) {
        UUID registrationId = delivery.registrationId();
        // The deliveries of one batch take turns for the registration's permits (bounded wait) rather than going
        // back to the table: giving 16 of 20 back every round made 1,000 scores take a minute on a busy machine.
        if (!limits.tryAcquire(registrationId, settings.permitWait())) {
            giveBack(delivery);
            return;
        }
        try {
            ServiceClient client = clients.apply(registrationId).orElse(null);
            if (client == null) {
                fail(delivery, false, Optional.empty(), Phrase.of("grades.server.registrationGoneForScore",
                        String.valueOf(registrationId)));
                return;
            }
            URI lineItem = delivery.lineItemUrl().or(() -> Optional.ofNullable(resolved.get(delivery.lineItemId())))
                    .orElseGet(() -> findOrCreateLineItem(client, delivery));
            if (delivery.renamed()) rename(client, lineItem, delivery);
            Score score = scoreToSend.apply(delivery);
            if (!score.equals(delivery.score())) {
                // The outbox shows what the LMS was sent, not the value queued before it was read again.
                transactions.inNewTransaction(connection -> {
                    outbox.rescored(connection, delivery.id(), settings.node(), score.scoreGiven());
                    return null;
                });
            }
            ags.postScore(client, lineItem, score);
            boolean recorded = transactions.inNewTransaction(connection ->
                    outbox.delivered(connection, delivery.id(), settings.node(), clock.instant()));
            if (!recorded) {
                LOG.warning(() -> "Delivery " + delivery.id() + " was sent after its lease ran out (lease "
                        + settings.lease() + "); another node may send it again, which the platform ignores by timestamp");
            }
        } catch (ColumnBeingMade e) {
            LOG.fine(() -> "Delivery " + delivery.id() + " waits: " + e.getMessage());
            giveBack(delivery);
        } catch (ServiceCallFailed e) {
            // Kept as a phrase for the teacher's language; the LMS's words (status, body) stay as it wrote them.
            fail(delivery, e.transientFailure(), e.retryAfter(), e.detailPhrase());
        } catch (ServiceTokenRefused e) {
            fail(delivery, e.transientFailure(), Optional.empty(), e.detailPhrase());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery " + delivery.id() + " of registration " + registrationId + " failed unexpectedly", e);
            fail(delivery, true, Optional.empty(), Phrase.of("grades.server.sendFailed", e.getClass().getSimpleName()));
        } finally {
            limits.release(registrationId);
        }
    }

    /** Puts a delivery back untouched (no attempt counted), due again after the busy delay. */
    private void giveBack(ClaimedDelivery delivery) {
        transactions.inNewTransaction(connection -> {
            outbox.release(connection, delivery.id(), settings.node(), clock.instant().plus(settings.busyDelay()));
            return null;
        });
    }

    /**
     * The standard's label changed since the column was made: rename the column (AGS 2.0 §3.2.6) before the score,
     * so the teacher never sees a column under an old name. The worker compares at delivery time; the line item
     * row's label is refreshed with every score queued.
     */
    private void rename(ServiceClient client, URI lineItem, ClaimedDelivery delivery) {
        NewLineItem wanted = delivery.lineItem();
        ags.update(client, new AgsLineItem(lineItem, delivery.lmsLabel().orElse(""), wanted.scoreMaximum(),
                Optional.ofNullable(wanted.tag()), Optional.ofNullable(wanted.resourceId()), Optional.empty()),
                wanted.label(), wanted.scoreMaximum());
        transactions.inNewTransaction(connection -> {
            outbox.labelSent(connection, delivery.lineItemId(), wanted.label(), clock.instant());
            return null;
        });
    }

    private URI findOrCreateLineItem(ServiceClient client, ClaimedDelivery delivery) {
        synchronized (resolving.computeIfAbsent(delivery.lineItemId(), id -> new Object())) {
            URI known = resolved.get(delivery.lineItemId());
            if (known != null) return known;
            URI found = findOrCreate(client, delivery);
            resolved.put(delivery.lineItemId(), found);
            return found;
        }
    }

    /**
     * Finds or creates the column under this node's claim on the line item row, so that another node sending the
     * first scores of the same new column waits for this one's URL instead of creating a second column.
     */
    private URI findOrCreate(ServiceClient client, ClaimedDelivery delivery) {
        UUID lineItemId = delivery.lineItemId();
        URI container = delivery.lineItemsUrl().orElseThrow(() -> ServiceCallFailed.badResponse(null,
                Phrase.of("grades.problem.noLineItemsUrl", String.valueOf(lineItemId))));
        ScoreOutbox.ColumnClaim claim = transactions.inNewTransaction(connection ->
                outbox.claimLineItem(connection, lineItemId, settings.node(), clock.instant(), settings.lease()));
        if (claim instanceof ScoreOutbox.ColumnClaim.Known known) return known.agsUrl();
        if (claim instanceof ScoreOutbox.ColumnClaim.Busy busy) throw new ColumnBeingMade(busy);
        try {
            AgsLineItem found = ags.findOrCreate(client, container, delivery.lineItem());
            transactions.inNewTransaction(connection -> {
                outbox.lineItemFound(connection, lineItemId, found.id(), clock.instant());
                return null;
            });
            return found.id();
        } catch (RuntimeException failure) {
            try {
                transactions.inNewTransaction(connection -> {
                    outbox.lineItemUnclaimed(connection, lineItemId, settings.node());
                    return null;
                });
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed); // the claim then runs out with its lease
            }
            throw failure;
        }
    }

    /** Another node is finding or creating the delivery's column: not a failure, the delivery comes back soon. */
    private static final class ColumnBeingMade extends RuntimeException {
        ColumnBeingMade(ScoreOutbox.ColumnClaim.Busy busy) {
            super("node " + busy.node() + " is making the column until " + busy.until(), null, false, false);
        }
    }

    private void fail(ClaimedDelivery delivery, boolean transientFailure, Optional<Duration> retryAfter, Phrase why) {
        String error = why.english();
        var now = clock.instant();
        DeliveryPolicy.Decision decision = policy.afterFailure(delivery.attempts() + 1, delivery.firstFailureAt(), now,
                transientFailure, retryAfter);
        transactions.inNewTransaction(connection ->
                outbox.failed(connection, delivery.id(), settings.node(), now, decision, why));
        if (decision.status() == DeliveryStatus.NEEDS_ATTENTION) {
            LOG.warning(() -> "Delivery " + delivery.id() + " of registration " + delivery.registrationId()
                    + " needs attention after " + (delivery.attempts() + 1) + " attempts: " + error);
        } else {
            LOG.fine(() -> "Delivery " + delivery.id() + " failed (" + error + "); next attempt at " + decision.nextAttemptAt());
        }
    }
}
