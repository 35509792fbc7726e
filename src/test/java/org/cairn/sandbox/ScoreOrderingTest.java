package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cairn.sandbox.entity.Score;
import org.junit.jupiter.api.Test;

class ScoreOrderingTest {

    private static final Instant T = Instant.parse("2026-11-27T10:00:00.000Z");

    private static Score at(Instant timestamp) {
        return new Score("li", "u", 3.0, 4.0, null, timestamp, "Completed", "FullyGraded", T);
    }

    @Test
    void theFirstScoreIsStored() {
        assertThat(at(T).supersedes(null)).isTrue();
    }

    @Test
    void aNewerScoreReplacesTheStoredOne() {
        assertThat(at(T.plusMillis(1)).supersedes(at(T))).isTrue();
    }

    @Test
    void anOlderScoreIsIgnored() {
        assertThat(at(T.minusSeconds(5)).supersedes(at(T))).isFalse();
    }

    @Test
    void aScoreWithTheSameTimestampIsIgnored() {
        assertThat(at(T).supersedes(at(T))).isFalse();
    }
}
