package org.cairn.plans.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.ConferenceStatus;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalStatus;

/**
 * Proposes conferences so that every student is seen within the cadence, in the class-time slots the teacher
 * set aside. A pure, deterministic function:
 * <ol>
 *   <li>The window is the cadence from today: today and the next 6 (weekly) or 13 (biweekly) days. Only slots
 *       in the window count; each slot holds as many conferences of the chosen length as fit in it, back to back.
 *       Overlapping slots on a day are merged, since the teacher is in one conference at a time.</li>
 *   <li>Students who already have a scheduled conference in the window are left alone.</li>
 *   <li>The others are ranked: overdue first (most overdue first), then those with an active goal due in the
 *       window or already past due (earliest due first), then those who never had a conference, then everyone
 *       else (longest since their last conference first). Ties go to the student id, so the same input always
 *       gives the same schedule.</li>
 *   <li>In that order, each student takes the earliest free seat; higher-priority students are seen earlier.</li>
 *   <li>Students left without a seat are reported with the minutes still needed (their count times the length).</li>
 * </ol>
 */
public final class ConferenceScheduler {

    /** Why a student is ranked where they are. */
    public enum Priority {
        OVERDUE, GOAL_DUE_SOON, NO_CONFERENCE_YET, DUE_THIS_CYCLE
    }

    /** What the scheduler needs to know of one student. */
    public record StudentState(UUID studentId, Optional<LocalDate> lastHeld, Optional<LocalDate> nextGoalDue,
                               boolean alreadyScheduled) {
        public StudentState {
            Objects.requireNonNull(studentId, "studentId");
            Objects.requireNonNull(lastHeld, "lastHeld");
            Objects.requireNonNull(nextGoalDue, "nextGoalDue");
        }
    }

    public record Slot(LocalDate date, LocalTime startsAt, int minutes) {
        public Slot {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(startsAt, "startsAt");
        }
    }

    public record Proposal(UUID studentId, LocalDate date, LocalTime startsAt, int minutes, Set<Priority> why) {
        public Proposal {
            why = why.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(why));
        }
    }

    public record Schedule(LocalDate from, LocalDate to, List<Proposal> proposed, List<UUID> unscheduled,
                           int minutesShort) {
        public Schedule {
            proposed = List.copyOf(proposed);
            unscheduled = List.copyOf(unscheduled);
        }

        public boolean seesEveryone() {
            return unscheduled.isEmpty();
        }
    }

    private ConferenceScheduler() {
    }

    public static Schedule propose(LocalDate today, ConferenceCadence cadence, int minutesEach,
                                   Collection<Slot> slots, Collection<StudentState> students) {
        if (minutesEach < 1) {
            throw new IllegalArgumentException("A conference lasts at least a minute, not " + minutesEach);
        }
        LocalDate last = today.plusDays(cadence.days() - 1L);

        List<Slot> usable = slots.stream()
                .filter(s -> !s.date().isBefore(today) && !s.date().isAfter(last))
                .sorted(Comparator.comparing(Slot::date).thenComparing(Slot::startsAt).thenComparing(Slot::minutes))
                .toList();
        // Seats back to back; slots that overlap (two entries for the same station) never seat two students at once:
        // the teacher can only be in one conference.
        List<Proposal> seats = new ArrayList<>();
        Map<LocalDate, Integer> busyUntil = new HashMap<>();
        for (Slot slot : usable) {
            int start = slot.startsAt().toSecondOfDay() / 60;
            int end = Math.min(start + slot.minutes(), 24 * 60);
            int cursor = Math.max(start, busyUntil.getOrDefault(slot.date(), 0));
            while (cursor + minutesEach <= end) {
                seats.add(new Proposal(null, slot.date(), LocalTime.ofSecondOfDay(cursor * 60L), minutesEach, Set.of()));
                cursor += minutesEach;
            }
            busyUntil.merge(slot.date(), cursor, Math::max);
        }

        List<Ranked> ranked = students.stream()
                .filter(s -> !s.alreadyScheduled())
                .map(s -> rank(s, today, last, cadence))
                .sorted()
                .toList();

        List<Proposal> proposed = new ArrayList<>();
        List<UUID> unscheduled = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            if (i < seats.size()) {
                Proposal seat = seats.get(i);
                proposed.add(new Proposal(r.state.studentId(), seat.date(), seat.startsAt(), minutesEach, r.why));
            } else {
                unscheduled.add(r.state.studentId());
            }
        }
        return new Schedule(today, last, proposed, unscheduled, unscheduled.size() * minutesEach);
    }

    /** The scheduler's view of a plan: last held conference, nearest active goal, and a scheduled one in the window. */
    public static StudentState stateOf(PlanRecords records, LocalDate today, ConferenceCadence cadence) {
        LocalDate last = today.plusDays(cadence.days() - 1L);
        Optional<LocalDate> lastHeld = records.lastHeld().map(c -> c.scheduledOn());
        Optional<LocalDate> nextGoalDue = records.goals().stream()
                .filter(g -> g.status() == GoalStatus.ACTIVE)
                .map(Goal::targetDate)
                .min(Comparator.naturalOrder());
        boolean scheduled = records.conferences().stream().anyMatch(c -> c.status() == ConferenceStatus.SCHEDULED
                && !c.scheduledOn().isBefore(today) && !c.scheduledOn().isAfter(last));
        return new StudentState(records.plan().studentId(), lastHeld, nextGoalDue, scheduled);
    }

    private static Ranked rank(StudentState s, LocalDate today, LocalDate last, ConferenceCadence cadence) {
        EnumSet<Priority> why = EnumSet.noneOf(Priority.class);
        long overdue = s.lastHeld().map(held -> cadence.daysOverdue(held, today)).orElse(0L);
        if (overdue > 0) why.add(Priority.OVERDUE);
        boolean goalDue = s.nextGoalDue().filter(due -> !due.isAfter(last)).isPresent();
        if (goalDue) why.add(Priority.GOAL_DUE_SOON);
        if (s.lastHeld().isEmpty()) why.add(Priority.NO_CONFERENCE_YET);
        if (why.isEmpty()) why.add(Priority.DUE_THIS_CYCLE);
        Priority tier = why.iterator().next();
        long within = switch (tier) {
            case OVERDUE -> -overdue;
            case GOAL_DUE_SOON -> s.nextGoalDue().map(d -> d.toEpochDay()).orElseThrow();
            case NO_CONFERENCE_YET -> 0L;
            case DUE_THIS_CYCLE -> s.lastHeld().map(d -> d.toEpochDay()).orElse(0L);
        };
        return new Ranked(s, tier, within, why);
    }

    private record Ranked(StudentState state, Priority tier, long within, Set<Priority> why) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked o) {
            int c = tier.compareTo(o.tier);
            if (c != 0) return c;
            c = Long.compare(within, o.within);
            if (c != 0) return c;
            return state.studentId().compareTo(o.state.studentId());
        }
    }
}
