package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.plans.PlanFixtures.TODAY;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.cairn.plans.control.ConferenceScheduler;
import org.cairn.plans.control.ConferenceScheduler.Priority;
import org.cairn.plans.control.ConferenceScheduler.Proposal;
import org.cairn.plans.control.ConferenceScheduler.Schedule;
import org.cairn.plans.control.ConferenceScheduler.Slot;
import org.cairn.plans.control.ConferenceScheduler.StudentState;
import org.cairn.plans.entity.ConferenceCadence;
import org.junit.jupiter.api.Test;

class ConferenceSchedulerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static UUID student(int n) {
        return new UUID(0, n);
    }

    private static StudentState seen(int n, LocalDate lastHeld) {
        return new StudentState(student(n), Optional.of(lastHeld), Optional.empty(), false);
    }

    private static StudentState neverSeen(int n) {
        return new StudentState(student(n), Optional.empty(), Optional.empty(), false);
    }

    /** The teacher-led station, 9:00 to 9:20 on Monday: four 5-minute conferences. */
    private static final Slot STATION = new Slot(MONDAY, LocalTime.of(9, 0), 20);

    @Test
    void fillsASlotBackToBackWithConferencesOfTheChosenLength() {
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION),
                List.of(neverSeen(1), neverSeen(2), neverSeen(3)));
        assertThat(schedule.proposed()).extracting(Proposal::startsAt)
                .containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 5), LocalTime.of(9, 10));
        assertThat(schedule.seesEveryone()).isTrue();
        assertThat(schedule.minutesShort()).isZero();
    }

    @Test
    void overdueStudentsComeFirstMostOverdueFirst() {
        StudentState recent = seen(1, TODAY.minusDays(3));
        StudentState overdue = seen(2, TODAY.minusDays(10));
        StudentState veryOverdue = seen(3, TODAY.minusDays(20));
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION),
                List.of(recent, overdue, veryOverdue));
        assertThat(schedule.proposed()).extracting(Proposal::studentId).containsExactly(student(3), student(2), student(1));
        assertThat(schedule.proposed().get(0).why()).contains(Priority.OVERDUE);
        assertThat(schedule.proposed().get(2).why()).containsExactly(Priority.DUE_THIS_CYCLE);
    }

    @Test
    void thenStudentsWithAGoalDueSoonThenThoseNeverSeen() {
        StudentState recent = seen(1, TODAY.minusDays(2));
        StudentState goalDue = new StudentState(student(2), Optional.of(TODAY.minusDays(2)),
                Optional.of(TODAY.plusDays(3)), false);
        StudentState never = neverSeen(3);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION),
                List.of(recent, never, goalDue));
        assertThat(schedule.proposed()).extracting(Proposal::studentId).containsExactly(student(2), student(3), student(1));
    }

    @Test
    void aGoalDueAfterTheWindowIsNotDueSoon() {
        StudentState later = new StudentState(student(1), Optional.of(TODAY.minusDays(1)), Optional.of(TODAY.plusDays(30)), false);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION), List.of(later));
        assertThat(schedule.proposed().get(0).why()).containsExactly(Priority.DUE_THIS_CYCLE);
    }

    @Test
    void reportsWhoCouldNotBeScheduledAndTheMinutesNeeded() {
        List<StudentState> six = List.of(seen(1, TODAY.minusDays(1)), seen(2, TODAY.minusDays(2)), neverSeen(3),
                seen(4, TODAY.minusDays(30)), seen(5, TODAY.minusDays(4)), seen(6, TODAY.minusDays(5)));
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION), six);
        assertThat(schedule.proposed()).hasSize(4);
        // The two seen most recently wait.
        assertThat(schedule.unscheduled()).containsExactly(student(2), student(1));
        assertThat(schedule.minutesShort()).isEqualTo(10);
    }

    @Test
    void onlySlotsWithinTheCadenceCount() {
        Slot yesterday = new Slot(TODAY.minusDays(1), LocalTime.of(9, 0), 60);
        Slot nextMonth = new Slot(TODAY.plusDays(30), LocalTime.of(9, 0), 60);
        Slot lastDayOfWeek = new Slot(TODAY.plusDays(6), LocalTime.of(10, 0), 5);
        Slot dayAfterWeek = new Slot(TODAY.plusDays(7), LocalTime.of(10, 0), 60);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5,
                List.of(yesterday, nextMonth, lastDayOfWeek, dayAfterWeek), List.of(neverSeen(1), neverSeen(2)));
        assertThat(schedule.proposed()).singleElement().satisfies(p -> assertThat(p.date()).isEqualTo(TODAY.plusDays(6)));
        assertThat(schedule.unscheduled()).containsExactly(student(2));
        assertThat(schedule.to()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void aBiweeklyCadenceLooksTwoWeeksAhead() {
        Slot inTenDays = new Slot(TODAY.plusDays(10), LocalTime.of(9, 0), 5);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.BIWEEKLY, 5, List.of(inTenDays),
                List.of(neverSeen(1)));
        assertThat(schedule.seesEveryone()).isTrue();
    }

    @Test
    void studentsAlreadyScheduledInTheWindowAreLeftAlone() {
        StudentState booked = new StudentState(student(1), Optional.empty(), Optional.empty(), true);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION),
                List.of(booked, neverSeen(2)));
        assertThat(schedule.proposed()).extracting(Proposal::studentId).containsExactly(student(2));
    }

    @Test
    void minutesLeftOverInASlotDoNotMakeAConference() {
        Slot sevenMinutes = new Slot(MONDAY, LocalTime.of(9, 0), 7);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(sevenMinutes),
                List.of(neverSeen(1), neverSeen(2)));
        assertThat(schedule.proposed()).hasSize(1);
        assertThat(schedule.minutesShort()).isEqualTo(5);
    }

    @Test
    void overlappingSlotsNeverSeatTwoStudentsAtOnce() {
        Slot twice = new Slot(MONDAY, LocalTime.of(9, 10), 20);
        Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, List.of(STATION, twice),
                List.of(neverSeen(1), neverSeen(2), neverSeen(3), neverSeen(4), neverSeen(5), neverSeen(6), neverSeen(7)));
        assertThat(schedule.proposed()).extracting(Proposal::startsAt).containsExactly(LocalTime.of(9, 0),
                LocalTime.of(9, 5), LocalTime.of(9, 10), LocalTime.of(9, 15), LocalTime.of(9, 20), LocalTime.of(9, 25));
        assertThat(schedule.unscheduled()).hasSize(1);
    }

    @Test
    void overdueMeansTheLastConferenceIsOlderThanTheCadence() {
        assertThat(ConferenceCadence.WEEKLY.isOverdue(TODAY.minusDays(7), TODAY)).isFalse();
        assertThat(ConferenceCadence.WEEKLY.isOverdue(TODAY.minusDays(8), TODAY)).isTrue();
        assertThat(ConferenceCadence.BIWEEKLY.isOverdue(TODAY.minusDays(14), TODAY)).isFalse();
        assertThat(ConferenceCadence.BIWEEKLY.isOverdue(TODAY.minusDays(15), TODAY)).isTrue();
    }

    // Properties over random classes (seeded).

    private static List<StudentState> randomClass(Random random, int size) {
        List<StudentState> students = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Optional<LocalDate> last = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(TODAY.minusDays(random.nextInt(30)));
            Optional<LocalDate> due = random.nextBoolean() ? Optional.empty() : Optional.of(TODAY.plusDays(random.nextInt(20) - 5));
            students.add(new StudentState(new UUID(random.nextLong(), random.nextLong()), last, due, random.nextInt(10) == 0));
        }
        return students;
    }

    private static List<Slot> randomSlots(Random random) {
        List<Slot> slots = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            slots.add(new Slot(TODAY.plusDays(random.nextInt(16) - 1), LocalTime.of(8 + random.nextInt(6), 5 * random.nextInt(12)),
                    5 + random.nextInt(40)));
        }
        return slots;
    }

    @Test
    void everyStudentToSeeIsEitherScheduledOnceOrReportedNeverDoubleBooked() {
        Random random = new Random(20261127L);
        for (int run = 0; run < 500; run++) {
            List<StudentState> students = randomClass(random, random.nextInt(40));
            List<Slot> slots = randomSlots(random);
            int minutes = 3 + random.nextInt(8);
            ConferenceCadence cadence = random.nextBoolean() ? ConferenceCadence.WEEKLY : ConferenceCadence.BIWEEKLY;
            Schedule schedule = ConferenceScheduler.propose(TODAY, cadence, minutes, slots, students);

            Set<UUID> toSee = new HashSet<>();
            students.stream().filter(s -> !s.alreadyScheduled()).forEach(s -> toSee.add(s.studentId()));
            List<UUID> accounted = new ArrayList<>(schedule.unscheduled());
            schedule.proposed().forEach(p -> accounted.add(p.studentId()));
            assertThat(accounted).as("run %d", run).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(toSee);

            Set<String> seats = new HashSet<>();
            for (Proposal p : schedule.proposed()) {
                assertThat(seats.add(p.date() + "T" + p.startsAt())).as("run %d double-booked", run).isTrue();
                assertThat(p.date()).isBetween(TODAY, TODAY.plusDays(cadence.days() - 1L));
                boolean insideASlot = slots.stream().anyMatch(s -> s.date().equals(p.date())
                        && !p.startsAt().isBefore(s.startsAt())
                        && !p.startsAt().plusMinutes(minutes).isAfter(s.startsAt().plusMinutes(s.minutes())));
                assertThat(insideASlot).as("run %d: %s inside a slot", run, p).isTrue();
            }
            assertThat(schedule.minutesShort()).isEqualTo(schedule.unscheduled().size() * minutes);
        }
    }

    @Test
    void anOverdueStudentIsNeverLeftOutWhileANonUrgentOneIsScheduled() {
        Random random = new Random(3L);
        for (int run = 0; run < 500; run++) {
            List<StudentState> students = randomClass(random, 10 + random.nextInt(30));
            Schedule schedule = ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, randomSlots(random), students);
            boolean overdueLeftOut = schedule.unscheduled().stream().anyMatch(id -> students.stream()
                    .anyMatch(s -> s.studentId().equals(id) && s.lastHeld().filter(d -> d.isBefore(TODAY.minusDays(7))).isPresent()));
            boolean routineScheduled = schedule.proposed().stream().anyMatch(p -> p.why().equals(Set.of(Priority.DUE_THIS_CYCLE)));
            assertThat(overdueLeftOut && routineScheduled).as("run %d", run).isFalse();
        }
    }

    @Test
    void isDeterministicWhateverTheOrderOfStudentsAndSlots() {
        Random random = new Random(8L);
        for (int run = 0; run < 300; run++) {
            List<StudentState> students = randomClass(random, random.nextInt(40));
            List<Slot> slots = randomSlots(random);
            Schedule first = ConferenceScheduler.propose(TODAY, ConferenceCadence.BIWEEKLY, 5, slots, students);
            List<StudentState> shuffled = new ArrayList<>(students);
            Collections.shuffle(shuffled, random);
            List<Slot> shuffledSlots = new ArrayList<>(slots);
            Collections.shuffle(shuffledSlots, random);
            assertThat(ConferenceScheduler.propose(TODAY, ConferenceCadence.BIWEEKLY, 5, shuffledSlots, shuffled))
                    .as("run %d", run).isEqualTo(first);
        }
    }
}
