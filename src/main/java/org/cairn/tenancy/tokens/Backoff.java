package org.cairn.tenancy.tokens;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter (a random delay between zero and min(cap, base * 2^(attempt-1))), so
 * that many deliveries failing together against one LMS do not come back together.
 */
public record Backoff(Duration base, Duration cap, RandomGenerator random) {

    public Backoff {
        Objects.requireNonNull(random);
        if (base.isNegative() || base.isZero()) throw new IllegalArgumentException("backoff base must be positive: " + base);
        if (cap.compareTo(base) < 0) throw new IllegalArgumentException("backoff cap " + cap + " is below its base " + base);
    }

    /** The upper bound of the delay after the given failed attempt (1 = the first failure). */
    public Duration ceiling(int attempt) {
        int exponent = Math.max(0, Math.min(attempt - 1, 30));
        long millis = base.toMillis();
        long ceiling = millis > (cap.toMillis() >> exponent) ? cap.toMillis() : millis << exponent;
        return Duration.ofMillis(Math.min(ceiling, cap.toMillis()));
    }

    /** A delay drawn uniformly from [0, ceiling(attempt)]. */
    public Duration delay(int attempt) {
        long ceiling = ceiling(attempt).toMillis();
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }
}
