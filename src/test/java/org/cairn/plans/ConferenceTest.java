package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.TODAY;
import static org.cairn.plans.PlanFixtures.planOf;

import java.time.LocalTime;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceStatus;
import org.cairn.plans.entity.PlanProblem;
import org.junit.jupiter.api.Test;

class ConferenceTest {

    private Conference scheduled() {
        return Conference.schedule(planOf(ANA), TEACHER, TODAY, LocalTime.of(9, 30), 5, NOW);
    }

    @Test
    void aNewConferenceIsScheduledForTheStudentOfThePlan() {
        Conference c = scheduled();
        assertThat(c.status()).isEqualTo(ConferenceStatus.SCHEDULED);
        assertThat(c.studentId()).isEqualTo(ANA);
        assertThat(c.notes()).isEmpty();
        assertThat(c.notesShareable()).isFalse();
    }

    @Test
    void holdingRecordsWhen() {
        Conference c = scheduled();
        c.hold(NOW.plusSeconds(600));
        assertThat(c.status()).isEqualTo(ConferenceStatus.HELD);
        assertThat(c.heldAt()).contains(NOW.plusSeconds(600));
    }

    @Test
    void aHeldConferenceCannotBeCancelledAfterwards() {
        Conference c = scheduled();
        c.hold(NOW);
        assertThatThrownBy(() -> c.cancel(NOW))
                .isInstanceOf(PlanProblem.class)
                .hasMessage("The conference on 2026-11-27 is held and cannot become cancelled")
                .satisfies(e -> assertThat(((PlanProblem) e).problem().status()).isEqualTo(409));
    }

    @Test
    void aMissedConferenceStaysMissed() {
        Conference c = scheduled();
        c.miss(NOW);
        assertThatThrownBy(() -> c.hold(NOW)).hasMessageContaining("is missed and cannot become held");
    }

    @Test
    void notesArePrivateUnlessMarkedShareable() {
        Conference c = scheduled();
        c.writeNotes("Ana explained unit rates with a tape diagram", false, NOW);
        assertThat(c.notesShareable()).isFalse();
        c.writeNotes("Ana explained unit rates with a tape diagram", true, NOW);
        assertThat(c.notesShareable()).isTrue();
    }

    @Test
    void aConferenceLastsOneToSixtyMinutes() {
        assertThatThrownBy(() -> Conference.schedule(planOf(ANA), TEACHER, TODAY, LocalTime.NOON, 90, NOW))
                .hasMessage("A conference lasts 1 to 60 minutes, not 90");
    }
}
