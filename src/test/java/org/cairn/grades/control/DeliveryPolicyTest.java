package org.cairn.grades.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.cairn.grades.entity.DeliveryStatus;
import org.cairn.tenancy.tokens.Backoff;
import org.junit.jupiter.api.Test;

class DeliveryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final DeliveryPolicy policy = new DeliveryPolicy(new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7)),
            Duration.ofHours(1));

    @Test
    void aFirstTransientFailureIsRetriedWithinTheFirstBackoffCeiling() {
        DeliveryPolicy.Decision decision = policy.afterFailure(1, Optional.empty(), NOW, true, Optional.empty());

        assertThat(decision.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(decision.nextAttemptAt()).isBetween(NOW, NOW.plusSeconds(2));
    }

    @Test
    void laterAttemptsWaitUpToTheCap() {
        for (int i = 0; i < 100; i++) {
            DeliveryPolicy.Decision decision = policy.afterFailure(20, Optional.of(NOW.minusSeconds(60)), NOW, true, Optional.empty());
            assertThat(decision.nextAttemptAt()).isBetween(NOW, NOW.plus(Duration.ofMinutes(5)));
        }
    }

    @Test
    void honoursTheRetryAfterThePlatformAskedFor() {
        DeliveryPolicy.Decision decision = policy.afterFailure(1, Optional.empty(), NOW, true, Optional.of(Duration.ofSeconds(90)));

        assertThat(decision.nextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void failingForAnHourNeedsAttention() {
        assertThat(policy.afterFailure(30, Optional.of(NOW.minus(Duration.ofMinutes(59))), NOW, true, Optional.empty()).status())
                .isEqualTo(DeliveryStatus.PENDING);
        assertThat(policy.afterFailure(31, Optional.of(NOW.minus(Duration.ofHours(1))), NOW, true, Optional.empty()).status())
                .isEqualTo(DeliveryStatus.NEEDS_ATTENTION);
    }

    @Test
    void aFailureRetryingCannotFixNeedsAttentionAtOnce() {
        DeliveryPolicy.Decision decision = policy.afterFailure(1, Optional.empty(), NOW, false, Optional.empty());

        assertThat(decision.status()).isEqualTo(DeliveryStatus.NEEDS_ATTENTION);
    }
}
