package org.cairn.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cairn.sandbox.control.Faults;
import org.cairn.sandbox.entity.Fault;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Faults faults = new Faults();

    @Test
    void aFaultHitsExactlyTheNextCountCallsOfItsTarget() {
        faults.arm(new Fault(Fault.Target.NRPS, "429", 2, 3, 0));
        assertThat(faults.take(Fault.Target.AGS)).isEmpty();
        assertThat(faults.take(Fault.Target.NRPS)).get().extracting(Fault::status).isEqualTo(429);
        assertThat(faults.take(Fault.Target.NRPS)).get().extracting(Fault::retryAfterSeconds).isEqualTo(3);
        assertThat(faults.take(Fault.Target.NRPS)).isEmpty();
    }

    @Test
    void armingAgainReplacesTheTargetsFault() {
        faults.arm(new Fault(Fault.Target.TOKEN, "500", 5, 0, 0));
        faults.arm(new Fault(Fault.Target.TOKEN, "503", 1, 0, 0));
        assertThat(faults.take(Fault.Target.TOKEN)).get().extracting(Fault::status).isEqualTo(503);
        assertThat(faults.take(Fault.Target.TOKEN)).isEmpty();
    }

    @Test
    void aDifferencesFaultLeavesFullMembershipReadsAlone() {
        faults.arm(new Fault(Fault.Target.DIFFERENCES, "malformed", 1, 0, 0));
        assertThat(faults.take(Fault.Target.NRPS)).isEmpty();
        assertThat(faults.take(Fault.Target.DIFFERENCES)).get().satisfies(f -> {
            assertThat(f.malformed()).isTrue();
            assertThat(f.status()).isEqualTo(200);
        });
    }

    @Test
    void refusesUnknownKindsAndCounts() {
        assertThatThrownBy(() -> new Fault(Fault.Target.AGS, "418", 1, 0, 0)).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Fault(Fault.Target.AGS, "429", 0, 0, 0)).hasMessageContaining("count");
    }

    @Test
    void aSlowFaultAnswersNormallyAfterItsDelay() {
        Fault slow = new Fault(Fault.Target.AGS, "slow", 1, 0, 250);
        assertThat(slow.slow()).isTrue();
        assertThat(slow.status()).isEqualTo(200);
    }
}
