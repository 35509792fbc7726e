package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.BEN;
import static org.cairn.plans.PlanFixtures.COURSE;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.TODAY;
import static org.cairn.plans.PlanFixtures.ana;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.proficientOnRp3;
import static org.cairn.plans.PlanFixtures.race4;
import static org.cairn.plans.PlanFixtures.readingHabit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.plans.control.PlanRecords;
import org.cairn.plans.control.TeacherOverview;
import org.cairn.plans.control.TeacherOverview.Attention;
import org.cairn.plans.control.TeacherOverview.Row;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;
import org.junit.jupiter.api.Test;

class TeacherOverviewTest {

    private static final Instant THREE_WEEKS_AGO = NOW.minusSeconds(21 * 86_400L);
    private final PlanningPeriod race4 = race4();

    private static Conference held(LearningPlan plan, LocalDate on) {
        Conference c = Conference.schedule(plan, TEACHER, on, LocalTime.of(9, 0), 5, THREE_WEEKS_AGO);
        c.hold(on.atTime(9, 5).toInstant(java.time.ZoneOffset.UTC));
        return c;
    }

    private Row rowFor(PlanRecords records) {
        return TeacherOverview.assemble(List.of(records), Optional.of(race4), ConferenceCadence.BIWEEKLY, TODAY).get(0);
    }

    @Test
    void aPlanOnTrackNeedsNoAttention() {
        LearningPlan plan = LearningPlan.start(COURSE, ANA, Optional.empty(), THREE_WEEKS_AGO);
        Goal goal = Goal.set(plan, race4, proficientOnRp3(LocalDate.of(2026, 12, 4)), ana(), NOW);
        Reflection reflection = Reflection.write(plan, race4, Map.of("What went well?", "Ratios"), Map.of(), NOW);
        Conference last = held(plan, TODAY.minusDays(6));
        Conference next = Conference.schedule(plan, TEACHER, TODAY.plusDays(5), LocalTime.of(9, 0), 5, NOW);

        Row row = rowFor(new PlanRecords(plan, List.of(goal), List.of(reflection), List.of(next, last)));
        assertThat(row.needsAttention()).isFalse();
        assertThat(row.goalCounts()).containsEntry(GoalStatus.ACTIVE, 1).containsEntry(GoalStatus.MET, 0);
        assertThat(row.lastConference()).contains(TODAY.minusDays(6));
        assertThat(row.nextConference()).contains(next);
        assertThat(row.lastReflection()).contains(NOW);
    }

    @Test
    void flagsEveryReasonAtOnce() {
        LearningPlan plan = LearningPlan.start(COURSE, BEN, Optional.empty(), THREE_WEEKS_AGO);
        Goal pastDue = Goal.set(plan, race4, readingHabit(LocalDate.of(2026, 11, 24)), ana(), NOW);
        Conference old = held(plan, TODAY.minusDays(15));
        Row row = rowFor(new PlanRecords(plan, List.of(pastDue), List.of(), List.of(old)));
        assertThat(row.attention()).containsExactlyInAnyOrder(Attention.OVERDUE_CONFERENCE,
                Attention.NO_REFLECTION_THIS_PERIOD, Attention.GOAL_PAST_DUE);
    }

    @Test
    void aPlanWithoutAnActiveGoalNeedsAttention() {
        LearningPlan plan = planOf(ANA);
        Goal met = Goal.set(plan, race4, readingHabit(LocalDate.of(2026, 12, 1)), ana(), NOW);
        met.changeStatus(GoalStatus.MET, ana(), NOW);
        Row row = rowFor(new PlanRecords(plan, List.of(met), List.of(), List.of()));
        assertThat(row.attention()).contains(Attention.NO_ACTIVE_GOAL);
        assertThat(row.goalCounts()).containsEntry(GoalStatus.MET, 1).containsEntry(GoalStatus.ACTIVE, 0);
    }

    @Test
    void aNewPlanIsNotOverdueButAnOldOneNeverConferencedIs() {
        LearningPlan fresh = planOf(ANA);
        LearningPlan old = LearningPlan.start(COURSE, BEN, Optional.empty(), THREE_WEEKS_AGO);
        assertThat(rowFor(new PlanRecords(fresh, List.of(), List.of(), List.of())).attention())
                .doesNotContain(Attention.OVERDUE_CONFERENCE);
        assertThat(rowFor(new PlanRecords(old, List.of(), List.of(), List.of())).attention())
                .contains(Attention.OVERDUE_CONFERENCE);
    }

    @Test
    void aReflectionFromAnEarlierPeriodDoesNotCountForThisOne() {
        LearningPlan plan = planOf(ANA);
        PlanningPeriod race3 = PlanFixtures.period("Race 3", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22));
        Reflection earlier = Reflection.write(plan, race3, Map.of("What went well?", "Ratios"), Map.of(), THREE_WEEKS_AGO);
        Row row = rowFor(new PlanRecords(plan, List.of(), List.of(earlier), List.of()));
        assertThat(row.attention()).contains(Attention.NO_REFLECTION_THIS_PERIOD);
        assertThat(row.lastReflection()).contains(THREE_WEEKS_AGO);
    }

    @Test
    void withoutARunningPeriodNoReflectionIsExpected() {
        Row row = TeacherOverview.assemble(List.of(new PlanRecords(planOf(ANA), List.of(), List.of(), List.of())),
                Optional.empty(), ConferenceCadence.WEEKLY, TODAY).get(0);
        assertThat(row.attention()).doesNotContain(Attention.NO_REFLECTION_THIS_PERIOD);
    }

    @Test
    void missedAndCancelledConferencesAreNotTheLastConference() {
        LearningPlan plan = planOf(ANA);
        Conference missed = Conference.schedule(plan, TEACHER, TODAY.minusDays(1), LocalTime.of(9, 0), 5, NOW);
        missed.miss(NOW);
        Conference held = held(plan, TODAY.minusDays(9));
        Row row = rowFor(new PlanRecords(plan, List.of(), List.of(), List.of(missed, held)));
        assertThat(row.lastConference()).contains(TODAY.minusDays(9));
        assertThat(row.nextConference()).isEmpty();
    }

    @Test
    void keepsTheOrderOfThePlansGiven() {
        List<Row> rows = TeacherOverview.assemble(List.of(
                new PlanRecords(planOf(BEN), List.of(), List.of(), List.of()),
                new PlanRecords(planOf(ANA), List.of(), List.of(), List.of())), Optional.of(race4), ConferenceCadence.WEEKLY, TODAY);
        assertThat(rows).extracting(Row::studentId).containsExactly(BEN, ANA);
    }
}
