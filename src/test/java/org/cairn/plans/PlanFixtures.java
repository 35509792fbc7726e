package org.cairn.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.GoalDraft;
import org.cairn.plans.entity.GoalFocus;
import org.cairn.plans.entity.GoalTarget;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanningPeriod;

/** A sixth-grade course on Friday 27 November 2026, in the middle of its fourth two-week race. */
public final class PlanFixtures {

    public static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    public static final UUID COURSE = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    public static final UUID OTHER_COURSE = UUID.fromString("00000000-0000-0000-0000-00000000c002");
    public static final UUID TEACHER = UUID.fromString("00000000-0000-0000-0000-00000000e0e1");
    public static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000a0a1");
    public static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000b0b1");
    public static final UUID PARENT = UUID.fromString("00000000-0000-0000-0000-00000000f0f1");

    public static final UUID RP1 = UUID.fromString("00000000-0000-0000-0000-000000000601");
    public static final UUID RP2 = UUID.fromString("00000000-0000-0000-0000-000000000602");
    public static final UUID RP3 = UUID.fromString("00000000-0000-0000-0000-000000000603");

    private PlanFixtures() {
    }

    public static Actor teacher() {
        return Actor.teacher(TEACHER, COURSE);
    }

    public static Actor ana() {
        return Actor.student(ANA, COURSE);
    }

    public static Actor ben() {
        return Actor.student(BEN, COURSE);
    }

    public static Actor anasParent() {
        return Actor.observer(PARENT, COURSE, Set.of(ANA));
    }

    /** Race 4: Monday 23 November to Sunday 6 December 2026. */
    public static PlanningPeriod race4() {
        return period("Race 4", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6));
    }

    public static PlanningPeriod period(String name, LocalDate from, LocalDate to) {
        return new PlanningPeriod(COURSE, name, from, to, List.of(RP1, RP2, RP3), TEACHER, NOW);
    }

    public static LearningPlan planOf(UUID student) {
        return LearningPlan.start(COURSE, student, Optional.empty(), NOW);
    }

    /** "Reach Proficient on 6.RP.3 by Friday 4 December." */
    public static GoalDraft proficientOnRp3(LocalDate by) {
        return new GoalDraft("Reach Proficient on 6.RP.3", GoalFocus.standard(RP3), new GoalTarget.ReachLevel(RP3, 3), by);
    }

    /** "Read 20 minutes 4 days a week." */
    public static GoalDraft readingHabit(LocalDate by) {
        return new GoalDraft("Read 20 minutes 4 days a week", GoalFocus.habit(Habit.PERSISTENCE),
                new GoalTarget.CountPer(20, "minutes", 4, GoalTarget.Per.WEEK), by);
    }
}
