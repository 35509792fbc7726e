package org.cairn.grades.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.grades.control.ScoreOutbox;
import org.cairn.grades.entity.DeliveryAttention;
import org.cairn.grades.entity.DeliveryCounts;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.grades.entity.LineItemSpec;
import org.cairn.grades.entity.Score;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * The grades use cases other features call. {@link #enqueue} must run inside the transaction of the change that
 * causes the score (MANDATORY): the score is then stored if and only if its cause is, and delivered later by
 * the worker.
 */
@ApplicationScoped
public class ScoreDeliveries {

    public static final ProblemType DELIVERY_NOT_FOUND = new ProblemType("score-delivery-not-found", "Score delivery not found");

    @Inject
    OutboxTransactions transactions;

    @Inject
    Clock clock;

    private final ScoreOutbox outbox = new ScoreOutbox();

    /** Finds or records the line item for a subject of a course (its LMS column is found or created on first delivery). */
    @Transactional
    public UUID lineItem(LineItemSpec spec) {
        return transactions.inCurrentTransaction(connection -> outbox.lineItem(connection, spec, clock.instant()));
    }

    /** Queues a score; only inside the caller's transaction. Returns the delivery's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(UUID lineItemId, Score score) {
        return transactions.inCurrentTransaction(connection -> outbox.enqueue(connection, lineItemId, score, clock.instant()));
    }

    /** Puts a delivery that needs attention back in the queue (or supersedes it if a newer score went out). */
    @Transactional
    public DeliveryStatus retry(UUID deliveryId) {
        DeliveryStatus status = transactions.inCurrentTransaction(connection -> outbox.retry(connection, deliveryId, clock.instant()))
                .orElseThrow(() -> new ProblemException(DELIVERY_NOT_FOUND, 404,
                        Phrase.of("grades.problem.noDelivery", String.valueOf(deliveryId))));
        if (status != DeliveryStatus.PENDING && status != DeliveryStatus.SUPERSEDED) {
            throw ProblemException.conflict(Phrase.of("grades.problem.notRetryable", String.valueOf(deliveryId),
                    Phrase.of("grades.problem.status." + status.name())));
        }
        return status;
    }

    @Transactional
    public DeliveryCounts counts(UUID lineItemId) {
        return transactions.inCurrentTransaction(connection -> outbox.counts(connection, lineItemId));
    }

    @Transactional
    public List<DeliveryAttention> needingAttention(UUID lineItemId) {
        return transactions.inCurrentTransaction(connection -> outbox.needingAttention(connection, lineItemId));
    }
}
