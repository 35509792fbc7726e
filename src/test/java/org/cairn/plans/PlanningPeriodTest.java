package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.COURSE;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.OTHER_COURSE;
import static org.cairn.plans.PlanFixtures.RP1;
import static org.cairn.plans.PlanFixtures.RP2;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.period;
import static org.cairn.plans.PlanFixtures.race4;

import java.time.LocalDate;
import java.util.List;
import org.cairn.plans.control.PeriodRules;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanningPeriod;
import org.junit.jupiter.api.Test;

class PlanningPeriodTest {

    private final PeriodRules rules = new PeriodRules(PeriodRules.DEFAULT_MAX_DAYS);

    @Test
    void theDefaultRaceIsTwoWeeksWithBothEndsIncluded() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        PlanningPeriod period = period("Race 4", monday, PlanningPeriod.defaultEnd(monday));
        assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(period.days()).isEqualTo(14);
    }

    @Test
    void refusesAnEndBeforeTheStartWithBothDates() {
        assertThatThrownBy(() -> period("Race 5", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 1)))
                .isInstanceOf(PlanProblem.class)
                .hasMessage("The period \"Race 5\" ends on 2026-12-01, before it starts on 2026-12-07")
                .satisfies(e -> assertThat(((PlanProblem) e).problem().status()).isEqualTo(400));
    }

    @Test
    void anOverlapNamesTheOtherPeriodAndItsDates() {
        PlanningPeriod race5 = period("Race 5", LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 18));
        assertThatThrownBy(() -> rules.check(race5, List.of(race4())))
                .isInstanceOf(PlanProblem.class)
                .hasMessageContaining("overlaps the period \"Race 4\" (2026-11-23 to 2026-12-06)")
                .satisfies(e -> assertThat(((PlanProblem) e).problem().status()).isEqualTo(409));
    }

    @Test
    void aPeriodStartingTheDayAfterAnotherEndsDoesNotOverlap() {
        PlanningPeriod race5 = period("Race 5", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 18));
        assertThatNoException().isThrownBy(() -> rules.check(race5, List.of(race4())));
    }

    @Test
    void periodsOfAnotherCourseNeverOverlap() {
        PlanningPeriod elsewhere = new PlanningPeriod(OTHER_COURSE, "Sprint", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 30), List.of(), TEACHER, NOW);
        assertThatNoException().isThrownBy(() -> rules.check(race4(), List.of(elsewhere)));
    }

    @Test
    void aChangedPeriodIsNotComparedWithItself() {
        PlanningPeriod race4 = race4();
        assertThatNoException().isThrownBy(() -> rules.check(race4, List.of(race4)));
    }

    @Test
    void refusesAPeriodLongerThanTheMaximumSayingBoth() {
        PlanningPeriod long1 = period("Quarter", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 13));
        assertThat(long1.days()).isEqualTo(43);
        assertThatThrownBy(() -> rules.check(long1, List.of()))
                .hasMessageContaining("lasts 43 days; a planning period lasts at most 42 days");
    }

    @Test
    void acceptsAPeriodOfExactlyTheMaximum() {
        PlanningPeriod six = period("Six weeks", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 12));
        assertThatNoException().isThrownBy(() -> rules.check(six, List.of()));
    }

    @Test
    void theMaximumIsConfigurable() {
        assertThatThrownBy(() -> new PeriodRules(14).check(period("Race", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 15)), List.of())).hasMessageContaining("at most 14 days");
    }

    @Test
    void targetStandardsKeepTheirPriorityOrderWithoutDuplicates() {
        PlanningPeriod period = new PlanningPeriod(COURSE, "Race", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 14),
                List.of(RP2, RP1, RP2), TEACHER, NOW);
        assertThat(period.targetStandards()).containsExactly(RP2, RP1);
    }

    @Test
    void aPeriodNeedsAName() {
        assertThatThrownBy(() -> period(" ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 14)))
                .hasMessage("A planning period needs a name");
    }

    @Test
    void containsBothOfItsEnds() {
        PlanningPeriod race4 = race4();
        assertThat(race4.contains(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(race4.contains(LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(race4.contains(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(race4.contains(LocalDate.of(2026, 11, 22))).isFalse();
    }
}
