package org.cairn.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.cairn.plans.control.ConferenceScheduler;
import org.cairn.plans.control.PlanRecords;
import org.cairn.plans.control.TeacherOverview;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalDraft;
import org.cairn.plans.entity.GoalFocus;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.GoalTarget;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pure parts of the teacher's plans page for a 35-student course: the overview assembly (each student with
 * 4 goals, 6 reflections and 6 conferences across three races) and the proposed conference schedule
 * (35 students, a week of 40-minute teacher-led stations, 5-minute conferences).
 * mvn -B -Pjmh package -Djmh.args="org.cairn.plans -f 1 -wi 2 -i 3 -t 1"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlansBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC);

    private List<PlanRecords> course;
    private List<ConferenceScheduler.StudentState> students;
    private List<ConferenceScheduler.Slot> slots;
    private PlanningPeriod race4;

    @Setup
    public void setUp() {
        Random random = new Random(35);
        UUID courseId = UUID.randomUUID();
        UUID teacherId = UUID.randomUUID();
        Actor teacher = Actor.teacher(teacherId, courseId);
        PlanningPeriod race2 = new PlanningPeriod(courseId, "Race 2", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 8), List.of(), teacherId, NOW);
        PlanningPeriod race3 = new PlanningPeriod(courseId, "Race 3", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 22), List.of(), teacherId, NOW);
        race4 = new PlanningPeriod(courseId, "Race 4", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6), List.of(), teacherId, NOW);
        List<PlanningPeriod> races = List.of(race2, race3, race4);
        course = new ArrayList<>();
        for (int s = 0; s < 35; s++) {
            UUID student = UUID.randomUUID();
            LearningPlan plan = LearningPlan.start(courseId, student, Optional.empty(), NOW.minusSeconds(40 * 86_400L));
            List<Goal> goals = new ArrayList<>();
            for (int g = 0; g < 4; g++) {
                PlanningPeriod race = races.get(Math.min(g, 2));
                Goal goal = Goal.set(plan, race, new GoalDraft("Read 20 minutes 4 days a week", GoalFocus.habit(Habit.PERSISTENCE),
                        new GoalTarget.CountPer(20, "minutes", 4, GoalTarget.Per.WEEK), race.startsOn().plusDays(random.nextInt(14))),
                        teacher, NOW);
                if (g < 2) goal.changeStatus(random.nextBoolean() ? GoalStatus.MET : GoalStatus.NOT_MET, teacher, NOW);
                goals.add(goal);
            }
            List<Reflection> reflections = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                PlanningPeriod race = races.get(r / 2);
                if (race == race4 && random.nextInt(3) == 0) continue;
                reflections.add(Reflection.write(plan, race, Map.of("What went well?", "Unit rates and tape diagrams"),
                        Map.of(Habit.PERSISTENCE, 3), NOW.minusSeconds(86_400L * (20 - 3 * r))));
            }
            List<Conference> conferences = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                Conference conference = Conference.schedule(plan, teacherId, TODAY.minusDays(35 - 7L * c + random.nextInt(3)),
                        LocalTime.of(9, 5 * random.nextInt(8)), 5, NOW);
                if (c < 5) conference.hold(NOW);
                conferences.add(conference);
            }
            course.add(new PlanRecords(plan, goals, reflections, conferences));
        }
        students = course.stream().map(r -> ConferenceScheduler.stateOf(r, TODAY, ConferenceCadence.WEEKLY))
                .map(s -> new ConferenceScheduler.StudentState(s.studentId(), s.lastHeld(), s.nextGoalDue(), false)).toList();
        slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate day = TODAY.plusDays(d);
            if (day.getDayOfWeek().getValue() <= 5) slots.add(new ConferenceScheduler.Slot(day, LocalTime.of(9, 0), 40));
        }
    }

    @Benchmark
    public List<TeacherOverview.Row> teacherOverviewOf35Students() {
        return TeacherOverview.assemble(course, Optional.of(race4), ConferenceCadence.WEEKLY, TODAY);
    }

    @Benchmark
    public ConferenceScheduler.Schedule conferenceScheduleOf35Students() {
        return ConferenceScheduler.propose(TODAY, ConferenceCadence.WEEKLY, 5, slots, students);
    }
}
