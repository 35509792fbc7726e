package org.cairn.plans.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cairn.infra.i18n.Phrase;
import org.cairn.plans.control.ChangesSinceLastConference;
import org.cairn.plans.control.ConferenceScheduler;
import org.cairn.plans.control.Conferences;
import org.cairn.plans.control.LearningPlans;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.control.PlanRecords;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.control.TeacherOverview;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.ConferenceSlot;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalDraft;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanTemplate;

/** The teacher's conference work: slots, the proposed schedule, conference records, and the course overview. */
@ApplicationScoped
public class Conferencing {

    @Inject
    Conferences conferences;

    @Inject
    LearningPlans plans;

    @Inject
    PlanningPeriods periods;

    @Inject
    Clock clock;

    @Transactional
    public ConferenceSlot addSlot(Actor actor, UUID courseId, LocalDate date, LocalTime startsAt, int minutes, String label) {
        PlanAuthorization.manageConferences(actor, courseId);
        return conferences.add(new ConferenceSlot(courseId, date, startsAt, minutes, label));
    }

    /** A proposal only: nothing is stored until the teacher accepts it with {@link #book}. */
    @Transactional
    public ConferenceScheduler.Schedule propose(Actor actor, UUID courseId) {
        PlanAuthorization.manageConferences(actor, courseId);
        LocalDate today = LocalDate.now(clock);
        Optional<PlanTemplate> template = periods.templateOf(courseId);
        ConferenceCadence cadence = template.map(PlanTemplate::cadence).orElse(PlanTemplate.DEFAULT_CADENCE);
        int minutes = template.map(PlanTemplate::conferenceMinutes).orElse(PlanTemplate.DEFAULT_CONFERENCE_MINUTES);
        List<ConferenceScheduler.Slot> slots = conferences.slots(courseId, today, today.plusDays(cadence.days() - 1L))
                .stream().map(s -> new ConferenceScheduler.Slot(s.date(), s.startsAt(), s.minutes())).toList();
        List<ConferenceScheduler.StudentState> students = plans.recordsOfCourse(courseId).stream()
                .map(r -> ConferenceScheduler.stateOf(r, today, cadence)).toList();
        return ConferenceScheduler.propose(today, cadence, minutes, slots, students);
    }

    /** Stores the proposed conferences the teacher accepted. */
    @Transactional
    public List<Conference> book(Actor actor, UUID courseId, Collection<ConferenceScheduler.Proposal> accepted) {
        PlanAuthorization.manageConferences(actor, courseId);
        Map<UUID, LearningPlan> byStudent = plans.ofCourse(courseId).stream()
                .collect(Collectors.toMap(LearningPlan::studentId, Function.identity()));
        List<Conference> booked = new ArrayList<>();
        for (ConferenceScheduler.Proposal p : accepted) {
            LearningPlan plan = Optional.ofNullable(byStudent.get(p.studentId()))
                    .orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noLearningPlanForStudent", String.valueOf(p.studentId()))));
            booked.add(conferences.add(Conference.schedule(plan, actor.personId(), p.date(), p.startsAt(), p.minutes(),
                    clock.instant())));
        }
        return booked;
    }

    @Transactional
    public Conference hold(Actor actor, UUID conferenceId, String notes, boolean notesShareable) {
        Conference conference = conference(actor, conferenceId);
        conference.hold(clock.instant());
        conference.writeNotes(notes, notesShareable, clock.instant());
        return conference;
    }

    @Transactional
    public Conference miss(Actor actor, UUID conferenceId) {
        Conference conference = conference(actor, conferenceId);
        conference.miss(clock.instant());
        return conference;
    }

    @Transactional
    public Conference cancel(Actor actor, UUID conferenceId) {
        Conference conference = conference(actor, conferenceId);
        conference.cancel(clock.instant());
        return conference;
    }

    /** A goal the student and teacher agreed in the conference; it lands in the student's plan. */
    @Transactional
    public Goal agreeGoal(Actor actor, UUID conferenceId, UUID periodId, GoalDraft draft) {
        Conference conference = conference(actor, conferenceId);
        LearningPlan plan = plans.find(conference.planId())
                .orElseThrow(() -> PlanProblem.planNotFound(conference.planId()));
        return plans.add(Goal.agreedIn(conference, plan,
                periods.find(periodId).orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noPlanningPeriod", String.valueOf(periodId)))),
                draft, actor, clock.instant()));
    }

    @Transactional
    public List<TeacherOverview.Row> overview(Actor actor, UUID courseId) {
        PlanAuthorization.readCoursePlans(actor, courseId);
        LocalDate today = LocalDate.now(clock);
        ConferenceCadence cadence = periods.templateOf(courseId).map(PlanTemplate::cadence).orElse(PlanTemplate.DEFAULT_CADENCE);
        return TeacherOverview.assemble(plans.recordsOfCourse(courseId), periods.on(courseId, today), cadence, today);
    }

    /** Before a conference: what changed since the last one, from mastery's evidence and levels. */
    @Transactional
    public ChangesSinceLastConference changesSinceLast(Actor actor, UUID planId,
                                                       Collection<ChangesSinceLastConference.EvidenceSeen> evidence,
                                                       Collection<ChangesSinceLastConference.LevelMove> levels) {
        LearningPlan plan = plans.find(planId).orElseThrow(() -> PlanProblem.planNotFound(planId));
        PlanAuthorization.manageConferences(actor, plan.courseId());
        PlanRecords records = plans.recordsOf(plan);
        LocalDate today = LocalDate.now(clock);
        ConferenceCadence cadence = periods.templateOf(plan.courseId()).map(PlanTemplate::cadence).orElse(PlanTemplate.DEFAULT_CADENCE);
        return ChangesSinceLastConference.assemble(records.lastHeld().flatMap(Conference::heldAt),
                today.plusDays(cadence.days() - 1L), evidence, levels, records.goals(), records.reflections());
    }

    private Conference conference(Actor actor, UUID conferenceId) {
        Conference conference = conferences.find(conferenceId)
                .orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noConference", String.valueOf(conferenceId))));
        PlanAuthorization.manageConferences(actor, conference.courseId());
        return conference;
    }
}
