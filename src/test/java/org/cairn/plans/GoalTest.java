package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.RP3;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.ana;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.proficientOnRp3;
import static org.cairn.plans.PlanFixtures.race4;
import static org.cairn.plans.PlanFixtures.readingHabit;
import static org.cairn.plans.PlanFixtures.teacher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.cairn.infra.i18n.Messages;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalDraft;
import org.cairn.plans.entity.GoalFocus;
import org.cairn.plans.entity.GoalRevision;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.GoalTarget;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Role;
import org.junit.jupiter.api.Test;

class GoalTest {

    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);
    private final LearningPlan plan = planOf(ANA);
    private final PlanningPeriod race4 = race4();

    @Test
    void aStudentSetsAMasteryGoalThatStartsActive() {
        Goal goal = Goal.set(plan, race4, proficientOnRp3(DEC_4), ana(), NOW);
        assertThat(goal.status()).isEqualTo(GoalStatus.ACTIVE);
        assertThat(goal.authorId()).isEqualTo(ANA);
        assertThat(goal.authorRole()).isEqualTo(Role.STUDENT);
        assertThat(goal.target()).isEqualTo(new GoalTarget.ReachLevel(RP3, 3));
        assertThat(goal.focus()).isEqualTo(GoalFocus.standard(RP3));
        assertThat(goal.conferenceId()).isEmpty();
        assertThat(goal.revisions()).isEmpty();
    }

    @Test
    void aCountGoalKeepsQuantityUnitAndFrequency() {
        Goal goal = Goal.set(plan, race4, readingHabit(DEC_4), teacher(), NOW);
        assertThat(goal.target()).isEqualTo(new GoalTarget.CountPer(20, "minutes", 4, GoalTarget.Per.WEEK));
        assertThat(goal.focus().habit()).isEqualTo(Habit.PERSISTENCE);
        assertThat(goal.authorRole()).isEqualTo(Role.TEACHER);
    }

    @Test
    void aTargetDateOutsideThePeriodSaysThePeriodsDates() {
        assertThatThrownBy(() -> Goal.set(plan, race4, proficientOnRp3(LocalDate.of(2026, 12, 11)), ana(), NOW))
                .isInstanceOf(PlanProblem.class)
                .hasMessage("The target date 2026-12-11 is outside the planning period \"Race 4\" (2026-11-23 to 2026-12-06);"
                        + " choose a date from 2026-11-23 to 2026-12-06")
                .satisfies(e -> assertThat(((PlanProblem) e).problem().status()).isEqualTo(400))
                .satisfies(e -> assertThat(((PlanProblem) e).problem().type().toString()).endsWith("goal-outside-period"));
    }

    @Test
    void aGoalNeedsItsText() {
        assertThatThrownBy(() -> new GoalDraft("  ", GoalFocus.standard(RP3), new GoalTarget.ReachLevel(RP3, 3), DEC_4))
                .isInstanceOf(PlanProblem.class).hasMessage("A goal needs its text, in the student's words");
    }

    @Test
    void goalTextIsAtMost500Characters() {
        new GoalDraft("x".repeat(500), GoalFocus.standard(RP3), new GoalTarget.ReachLevel(RP3, 3), DEC_4);
        assertThatThrownBy(() -> new GoalDraft("x".repeat(501), GoalFocus.standard(RP3),
                new GoalTarget.ReachLevel(RP3, 3), DEC_4))
                .hasMessage("The goal text has 501 characters; at most 500 are allowed");
    }

    @Test
    void aGoalServesAStandardOrAHabitNotBoth() {
        assertThatThrownBy(() -> new GoalFocus(RP3, Habit.PERSISTENCE))
                .hasMessage("A goal serves either one standard or one habit");
    }

    @Test
    void aGoalNeedsAMeasurableTarget() {
        assertThatThrownBy(() -> new GoalDraft("Get better", GoalFocus.standard(RP3), null, DEC_4))
                .hasMessageContaining("measurable target");
        assertThatThrownBy(() -> new GoalTarget.CountPer(20, "minutes", 8, GoalTarget.Per.WEEK))
                .hasMessage("A counted goal happens 1 to 7 times per week, not 8");
        assertThatThrownBy(() -> new GoalTarget.CountPer(0, "minutes", 4, GoalTarget.Per.WEEK))
                .hasMessageContaining("quantity of at least 1");
    }

    @Test
    void anEditKeepsWhoWhenAndThePreviousText() {
        Goal goal = Goal.set(plan, race4, proficientOnRp3(DEC_4), ana(), NOW);
        Instant later = NOW.plusSeconds(3600);
        GoalDraft reworded = new GoalDraft("Reach Proficient on 6.RP.3 with word problems", GoalFocus.standard(RP3),
                new GoalTarget.ReachLevel(RP3, 3), LocalDate.of(2026, 12, 3));
        goal.revise(reworded, race4, teacher(), later);

        assertThat(goal.text()).isEqualTo("Reach Proficient on 6.RP.3 with word problems");
        assertThat(goal.targetDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        GoalRevision revision = goal.revisions().get(0);
        assertThat(revision.previousText()).isEqualTo("Reach Proficient on 6.RP.3");
        assertThat(revision.previousTargetDate()).isEqualTo(DEC_4);
        assertThat(revision.revisedBy()).isEqualTo(TEACHER);
        assertThat(revision.revisedByRole()).isEqualTo(Role.TEACHER);
        assertThat(revision.revisedAt()).isEqualTo(later);
        assertThat(revision.previousTarget().english()).isEqualTo("reach level 3 on standard " + RP3);
        assertThat(revision.previousTarget().in(Messages.SPANISH)).isEqualTo("alcanzar el nivel 3 en el estándar " + RP3);
        assertThat(goal.updatedAt()).isEqualTo(later);
    }

    @Test
    void aRevisedCountTargetReadsInTheReadersLanguageWithTheStudentsOwnUnit() {
        Goal goal = Goal.set(plan, race4, new GoalDraft("Read every week", GoalFocus.habit(Habit.PERSISTENCE),
                new GoalTarget.CountPer(20, "minutes", 4, GoalTarget.Per.WEEK), DEC_4), ana(), NOW);
        goal.revise(new GoalDraft("Read every week", GoalFocus.habit(Habit.PERSISTENCE),
                new GoalTarget.CountPer(25, "minutes", 4, GoalTarget.Per.WEEK), DEC_4), race4, ana(), NOW.plusSeconds(60));

        GoalRevision revision = goal.revisions().get(0);
        assertThat(revision.previousTarget().english()).isEqualTo("20 minutes, 4 per week");
        assertThat(revision.previousTarget().in(Messages.SPANISH)).isEqualTo("20 minutes, 4 por semana");
    }

    @Test
    void savingTheSameGoalAgainAddsNoHistory() {
        Goal goal = Goal.set(plan, race4, proficientOnRp3(DEC_4), ana(), NOW);
        goal.revise(proficientOnRp3(DEC_4), race4, ana(), NOW.plusSeconds(60));
        assertThat(goal.revisions()).isEmpty();
    }

    @Test
    void aRefusedEditChangesNothing() {
        Goal goal = Goal.set(plan, race4, proficientOnRp3(DEC_4), ana(), NOW);
        assertThatThrownBy(() -> goal.revise(readingHabit(LocalDate.of(2027, 1, 8)), race4, ana(), NOW))
                .isInstanceOf(PlanProblem.class);
        assertThat(goal.text()).isEqualTo("Reach Proficient on 6.RP.3");
        assertThat(goal.revisions()).isEmpty();
    }

    @Test
    void aStatusChangeIsRecordedWithThePreviousStatus() {
        Goal goal = Goal.set(plan, race4, proficientOnRp3(DEC_4), ana(), NOW);
        goal.changeStatus(GoalStatus.MET, teacher(), NOW.plusSeconds(10));
        goal.changeStatus(GoalStatus.MET, teacher(), NOW.plusSeconds(20));
        assertThat(goal.status()).isEqualTo(GoalStatus.MET);
        assertThat(goal.revisions()).singleElement()
                .satisfies(r -> assertThat(r.previousStatus()).isEqualTo(GoalStatus.ACTIVE));
    }

    @Test
    void progressUpdatesAreDatedAndSayWho() {
        Goal goal = Goal.set(plan, race4, readingHabit(DEC_4), ana(), NOW);
        goal.recordProgress(LocalDate.of(2026, 11, 26), "Read a chapter of Wonder", 25.0, ana(), NOW);
        goal.recordProgress(LocalDate.of(2026, 11, 27), null, 20.0, ana(), NOW);
        assertThat(goal.progress()).hasSize(2);
        assertThat(goal.progress().get(0).note()).contains("Read a chapter of Wonder");
        assertThat(goal.progress().get(0).value()).contains(25.0);
        assertThat(goal.progress().get(1).recordedBy()).isEqualTo(ANA);
    }

    @Test
    void anEmptyProgressUpdateIsRefused() {
        Goal goal = Goal.set(plan, race4, readingHabit(DEC_4), ana(), NOW);
        assertThatThrownBy(() -> goal.recordProgress(LocalDate.of(2026, 11, 26), " ", null, ana(), NOW))
                .hasMessage("A progress update needs a note, a value or both");
        assertThatThrownBy(() -> goal.recordProgress(LocalDate.of(2026, 11, 26), null, -1.0, ana(), NOW))
                .hasMessageContaining("at least 0");
    }

    @Test
    void aGoalAgreedInAConferenceRecordsTheConference() {
        Conference conference = Conference.schedule(plan, TEACHER, LocalDate.of(2026, 11, 27), LocalTime.of(9, 30), 5, NOW);
        Goal goal = Goal.agreedIn(conference, plan, race4, readingHabit(DEC_4), teacher(), NOW);
        assertThat(goal.conferenceId()).contains(conference.id());
    }

    @Test
    void aGoalCannotBeAgreedInAnotherStudentsConference() {
        Conference bens = Conference.schedule(planOf(PlanFixtures.BEN), TEACHER, LocalDate.of(2026, 11, 27),
                LocalTime.of(9, 30), 5, NOW);
        assertThatThrownBy(() -> Goal.agreedIn(bens, plan, race4, readingHabit(DEC_4), teacher(), NOW))
                .isInstanceOf(PlanProblem.class);
    }

    @Test
    void pastDueMeansActiveWithATargetDateBeforeToday() {
        Goal goal = Goal.set(plan, race4, readingHabit(LocalDate.of(2026, 11, 25)), ana(), NOW);
        assertThat(goal.isPastDue(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(goal.isPastDue(LocalDate.of(2026, 11, 26))).isTrue();
        goal.changeStatus(GoalStatus.NOT_MET, ana(), NOW);
        assertThat(goal.isPastDue(LocalDate.of(2026, 11, 26))).isFalse();
    }
}
