package org.cairn.tenancy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private static ToolKey next(String kid) {
        return ToolKey.next(kid, "{}", "sealed", T0);
    }

    private final ToolKey a = ToolKey.current("a", "{}", "sealed", T0);
    private final ToolKey b = next("b");

    @Test
    void rotationPromotesNextRetiresCurrentAndPublishesAFreshNext() {
        KeyRing ring = new KeyRing(List.of(a, b));
        List<String> written = new ArrayList<>();
        ring.rotate(T0.plus(Duration.ofDays(90)), DAY, next("c"), k -> written.add(k.kid() + ":" + k.state()));

        assertThat(ring.current()).contains(b);
        assertThat(ring.next().map(ToolKey::kid)).contains("c");
        assertThat(a.state()).isEqualTo(ToolKeyState.RETIRED);
        // The retired key frees the CURRENT slot before the next key takes it.
        assertThat(written).containsExactly("a:RETIRED", "b:CURRENT", "c:NEXT");
    }

    @Test
    void aRetiredKeyStaysPublishedThroughItsGracePeriodThenExpires() {
        KeyRing ring = new KeyRing(List.of(a, b));
        Instant rotatedAt = T0.plus(Duration.ofDays(90));
        ring.rotate(rotatedAt, DAY, next("c"), k -> { });

        assertThat(ring.published(rotatedAt.plus(Duration.ofHours(23))).stream().map(ToolKey::kid)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ring.published(rotatedAt.plus(DAY)).stream().map(ToolKey::kid)).containsExactlyInAnyOrder("b", "c");
        assertThat(ring.expired(rotatedAt.plus(DAY))).containsExactly(a);
    }

    @Test
    void rotationIsDueOnlyAfterTheCurrentKeySignedForAWholePeriod() {
        KeyRing ring = new KeyRing(List.of(a, b));
        assertThat(ring.rotationDue(T0.plus(Duration.ofDays(89)), Duration.ofDays(90))).isFalse();
        assertThat(ring.rotationDue(T0.plus(Duration.ofDays(90)), Duration.ofDays(90))).isTrue();
    }

    @Test
    void withoutANextKeyThereIsNothingToRotateTo() {
        KeyRing ring = new KeyRing(List.of(a));
        assertThat(ring.rotationDue(T0.plus(Duration.ofDays(365)), Duration.ofDays(90))).isFalse();
        assertThatThrownBy(() -> ring.rotate(T0, DAY, next("c"), k -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyANextKeyCanStartSigning() {
        assertThatThrownBy(() -> a.promote(T0)).isInstanceOf(IllegalStateException.class);
    }
}
