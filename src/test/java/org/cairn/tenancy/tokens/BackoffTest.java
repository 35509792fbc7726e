package org.cairn.tenancy.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(42));

    @Test
    void theCeilingDoublesFromTheBase() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void theCeilingStopsAtTheCap() {
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void delaysStayBetweenZeroAndTheCeiling() {
        for (int attempt = 1; attempt <= 12; attempt++) {
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delay(attempt)).isBetween(Duration.ZERO, backoff.ceiling(attempt));
            }
        }
    }

    @Test
    void fullJitterSpreadsOverTheWholeRange() {
        long low = Long.MAX_VALUE;
        long high = 0;
        for (int i = 0; i < 2_000; i++) {
            long millis = backoff.delay(4).toMillis();
            low = Math.min(low, millis);
            high = Math.max(high, millis);
        }
        assertThat(low).isLessThan(800);
        assertThat(high).isGreaterThan(15_200);
    }

    @Test
    void refusesACapBelowTheBase() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
