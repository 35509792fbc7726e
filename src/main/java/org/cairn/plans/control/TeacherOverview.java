package org.cairn.plans.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;

/**
 * The teacher's view of every plan of a course, one row per student in the order given: goal counts by status,
 * last and next conference, last reflection, and whether the plan needs attention and why. A pure assembly over
 * records loaded in a few queries, so the teacher's page costs the queries and microseconds.
 */
public final class TeacherOverview {

    /** Why a plan needs the teacher's attention. */
    public enum Attention {
        /** The last held conference is older than the cadence; or none was held and the plan is older than it. */
        OVERDUE_CONFERENCE,
        /** A planning period is running and the student has not reflected in it yet. */
        NO_REFLECTION_THIS_PERIOD,
        /** An active goal's target date has passed. */
        GOAL_PAST_DUE,
        /** The plan has no active goal. */
        NO_ACTIVE_GOAL
    }

    public record Row(UUID planId, UUID studentId, Map<GoalStatus, Integer> goalCounts,
                      Optional<LocalDate> lastConference, Optional<Instant> lastReflection,
                      Optional<Conference> nextConference, Set<Attention> attention) {

        public Row {
            goalCounts = java.util.Collections.unmodifiableMap(new EnumMap<>(goalCounts));
            attention = attention.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(attention));
        }

        public boolean needsAttention() {
            return !attention.isEmpty();
        }
    }

    private TeacherOverview() {
    }

    public static List<Row> assemble(Collection<PlanRecords> plans, Optional<PlanningPeriod> currentPeriod,
                                     ConferenceCadence cadence, LocalDate today) {
        List<Row> rows = new ArrayList<>(plans.size());
        for (PlanRecords records : plans) {
            rows.add(row(records, currentPeriod, cadence, today));
        }
        return rows;
    }

    static Row row(PlanRecords records, Optional<PlanningPeriod> currentPeriod, ConferenceCadence cadence, LocalDate today) {
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        for (GoalStatus status : GoalStatus.values()) counts.put(status, 0);
        boolean pastDue = false;
        for (Goal goal : records.goals()) {
            counts.merge(goal.status(), 1, Integer::sum);
            pastDue |= goal.isPastDue(today);
        }
        Optional<LocalDate> lastConference = records.lastHeld().map(Conference::scheduledOn);
        Optional<Instant> lastReflection = records.latestReflection().map(Reflection::writtenAt);

        EnumSet<Attention> attention = EnumSet.noneOf(Attention.class);
        LocalDate planStarted = records.plan().createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        boolean overdue = lastConference
                .map(held -> cadence.isOverdue(held, today))
                .orElseGet(() -> ChronoUnit.DAYS.between(planStarted, today) > cadence.days());
        if (overdue) attention.add(Attention.OVERDUE_CONFERENCE);
        currentPeriod.ifPresent(period -> {
            boolean reflected = records.reflections().stream().anyMatch(r -> r.periodId().equals(period.id()));
            if (!reflected) attention.add(Attention.NO_REFLECTION_THIS_PERIOD);
        });
        if (pastDue) attention.add(Attention.GOAL_PAST_DUE);
        if (counts.get(GoalStatus.ACTIVE) == 0) attention.add(Attention.NO_ACTIVE_GOAL);

        return new Row(records.plan().id(), records.plan().studentId(), counts, lastConference, lastReflection,
                records.nextScheduled(today), attention);
    }
}
