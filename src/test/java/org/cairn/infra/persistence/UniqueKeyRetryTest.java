package org.cairn.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UniqueKeyRetryTest {

    private final UniqueKeyRetry retry = new UniqueKeyRetry();
    private final AtomicInteger attempts = new AtomicInteger();

    private static RuntimeException lostTheRace() {
        return new IllegalStateException("commit failed", new SQLIntegrityConstraintViolationException("duplicate key", "23505"));
    }

    @Test
    void aUseCaseThatLostTheRaceRunsAgainAndAnswersWithTheWinnersRow() {
        String answer = retry.run(() -> {
            if (attempts.incrementAndGet() == 1) throw lostTheRace();
            return "the winner's plan";
        });
        assertThat(answer).isEqualTo("the winner's plan");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aThirdUniqueKeyFailureIsARealError() {
        assertThatThrownBy(() -> retry.run(() -> {
            attempts.incrementAndGet();
            throw lostTheRace();
        })).hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anyOtherFailureIsThrownAtOnce() {
        assertThatThrownBy(() -> retry.run(() -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("no such course");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
