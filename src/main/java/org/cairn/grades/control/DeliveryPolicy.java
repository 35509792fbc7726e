package org.cairn.grades.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.tenancy.tokens.Backoff;

/**
 * What happens after a failed delivery attempt: try again after the platform's {@code Retry-After} or a jittered
 * exponential backoff; give up to a person's attention when retrying cannot help (the platform refused the
 * request itself) or when the score has been failing for longer than {@code attentionAfter}.
 */
public record DeliveryPolicy(Backoff backoff, Duration attentionAfter) {

    public DeliveryPolicy {
        Objects.requireNonNull(backoff);
        if (attentionAfter.isNegative()) throw new IllegalArgumentException("attention-after must not be negative");
    }

    /** PENDING with the time of the next attempt, or NEEDS_ATTENTION (the time is then when it gave up). */
    public record Decision(DeliveryStatus status, Instant nextAttemptAt) {
    }

    /**
     * @param attempt        which attempt just failed (1 = the first)
     * @param firstFailureAt when this delivery first failed, empty if this is its first failure
     */
    public Decision afterFailure(int attempt, Optional<Instant> firstFailureAt, Instant now, boolean transientFailure,
                                 Optional<Duration> retryAfter) {
        if (!transientFailure) return new Decision(DeliveryStatus.NEEDS_ATTENTION, now);
        Instant failingSince = firstFailureAt.orElse(now);
        if (!now.isBefore(failingSince.plus(attentionAfter))) return new Decision(DeliveryStatus.NEEDS_ATTENTION, now);
        Duration delay = retryAfter.orElseGet(() -> backoff.delay(attempt));
        return new Decision(DeliveryStatus.PENDING, now.plus(delay));
    }
}
