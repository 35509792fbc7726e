package org.cairn.plans.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.StaleSave;
import org.cairn.plans.control.AboutMePrivacy;
import org.cairn.plans.control.FamilySummary;
import org.cairn.plans.control.LearningPlans;
import org.cairn.plans.control.NextStepRecommender;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.entity.AboutMe;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalDraft;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.Habit;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;
import org.cairn.plans.entity.Visibility;

/**
 * The use cases of one learning plan: starting plans for enrolled students, goals and their progress,
 * reflections, "about me", next steps and the family summary. Each takes the acting person and role explicitly
 * and checks {@link PlanAuthorization} before touching anything. A save that carries the version its page loaded
 * is refused when the row was saved since ({@link StaleSave}), and changes nothing.
 */
@ApplicationScoped
public class PlanKeeping {

    @Inject
    LearningPlans plans;

    @Inject
    PlanningPeriods periods;

    @Inject
    Clock clock;

    /** Every enrolled student gets a plan from the course's template (or the defaults); existing plans stay. */
    @Transactional
    public List<LearningPlan> startPlans(Actor actor, UUID courseId, Collection<UUID> enrolledStudents) {
        PlanAuthorization.planCourse(actor, courseId);
        // One query for the plans that exist, whatever the class size; only the missing ones are inserted.
        Map<UUID, LearningPlan> existing = new java.util.HashMap<>();
        for (LearningPlan p : plans.ofCourse(courseId)) existing.put(p.studentId(), p);
        Optional<org.cairn.plans.entity.PlanTemplate> template = null;
        List<LearningPlan> all = new ArrayList<>();
        for (UUID student : new java.util.LinkedHashSet<>(enrolledStudents)) {
            LearningPlan plan = existing.get(student);
            if (plan == null) {
                if (template == null) template = periods.templateOf(courseId);
                plan = plans.add(LearningPlan.start(courseId, student, template, clock.instant()));
                plans.add(new AboutMe(plan, clock.instant()));
            }
            all.add(plan);
        }
        return all;
    }

    /**
     * The plan of a student, created on first use (a student's first launch after enrolling). A simultaneous first
     * use (another tab, the teacher's overview) may insert it first: this transaction then fails on
     * learning_plan_per_student and the resource runs it again (UniqueKeyRetry), which finds that plan.
     */
    @Transactional
    public LearningPlan plan(Actor actor, UUID courseId, UUID studentId) {
        PlanAuthorization.readPlan(actor, courseId, studentId);
        return planOf(courseId, studentId);
    }

    private LearningPlan planOf(UUID courseId, UUID studentId) {
        return plans.of(courseId, studentId).orElseGet(() -> {
            LearningPlan plan = plans.add(LearningPlan.start(courseId, studentId, periods.templateOf(courseId), clock.instant()));
            plans.add(new AboutMe(plan, clock.instant()));
            return plan;
        });
    }

    @Transactional
    public Goal setGoal(Actor actor, UUID planId, UUID periodId, GoalDraft draft) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.writeGoal(actor, plan);
        return plans.add(Goal.set(plan, period(periodId), draft, actor, clock.instant()));
    }

    /** {@code version}: the goal's as the page loaded it, or null (not checked). */
    @Transactional
    public Goal reviseGoal(Actor actor, UUID goalId, GoalDraft draft, Long version) {
        Goal goal = goal(goalId);
        PlanAuthorization.writeGoal(actor, existing(goal.planId()));
        StaleSave.refuseUnless(version, goal.version());
        goal.revise(draft, period(goal.periodId()), actor, clock.instant());
        return goal;
    }

    @Transactional
    public Goal changeGoalStatus(Actor actor, UUID goalId, GoalStatus status) {
        Goal goal = goal(goalId);
        PlanAuthorization.writeGoal(actor, existing(goal.planId()));
        goal.changeStatus(status, actor, clock.instant());
        return goal;
    }

    @Transactional
    public Goal recordProgress(Actor actor, UUID goalId, LocalDate on, String note, Double value) {
        Goal goal = goal(goalId);
        PlanAuthorization.writeGoal(actor, existing(goal.planId()));
        goal.recordProgress(on, note, value, actor, clock.instant());
        return goal;
    }

    @Transactional
    public Reflection reflect(Actor actor, UUID planId, UUID periodId, Map<String, String> answers,
                              Map<Habit, Integer> ratings) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.writeReflection(actor, plan);
        return plans.add(Reflection.write(plan, period(periodId), answers, ratings, clock.instant()));
    }

    /** A teacher adapts the reflection prompts of one plan; {@code version}: the plan's as the page loaded it, or null. */
    @Transactional
    public LearningPlan editPrompts(Actor actor, UUID planId, List<String> prompts, Long version) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.planCourse(actor, plan.courseId());
        StaleSave.refuseUnless(version, plan.version());
        plans.editPrompts(plan, prompts);
        return plan;
    }

    /** {@code version}: of "about me" as the page loaded it (0 if it had none yet), or null (not checked). */
    @Transactional
    public AboutMe writeAboutMe(Actor actor, UUID planId, AboutMeField field, String text, Visibility visibility,
                                Long version) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.writeAboutMe(actor, plan);
        Optional<AboutMe> stored = plans.aboutMe(planId);
        StaleSave.refuseUnless(version, stored.map(AboutMe::version).orElse(0L));
        AboutMe aboutMe = stored.orElseGet(() -> plans.add(new AboutMe(plan, clock.instant())));
        aboutMe.write(field, text, visibility, clock.instant());
        return aboutMe;
    }

    /** The "about me" fields this person may see; other students and observers get nothing. */
    @Transactional
    public Map<AboutMeField, String> readAboutMe(Actor actor, UUID planId) {
        LearningPlan plan = existing(planId);
        AboutMePrivacy.Viewer viewer = AboutMePrivacy.viewerOf(actor, plan.courseId(), plan.studentId());
        return plans.aboutMe(planId).map(a -> AboutMePrivacy.visibleTo(viewer, a)).orElse(Map.of());
    }

    /** The recommended next standard; the progression and levels come from competency and mastery. */
    @Transactional
    public Optional<NextStepRecommender.NextStep> nextStep(Actor actor, UUID planId,
                                                            List<NextStepRecommender.CourseStandard> standards,
                                                            Collection<NextStepRecommender.Precedes> links,
                                                            Map<UUID, Integer> levels, int masteryPoints) {
        PlanAuthorization.readPlan(actor, existing(planId));
        return NextStepRecommender.recommend(standards, links, levels, masteryPoints);
    }

    @Transactional
    public FamilySummary familySummary(Actor actor, UUID planId, String languageTag, String studentName,
                                       List<FamilySummary.Standing> standings) {
        LearningPlan plan = existing(planId);
        PlanAuthorization.readSummary(actor, plan.courseId(), plan.studentId());
        return FamilySummary.of(Messages.forLocale(Messages.supported(languageTag)), studentName, standings,
                plans.recordsOf(plan), LocalDate.now(clock));
    }

    /** 404 unless the goal exists and belongs to the plan named in the URL. */
    @Transactional
    public void requireGoalOf(UUID planId, UUID goalId) {
        if (!goal(goalId).planId().equals(planId)) {
            throw PlanProblem.notFound(Phrase.of("plans.problem.noGoalInPlan", String.valueOf(planId), String.valueOf(goalId)));
        }
    }

    private LearningPlan existing(UUID planId) {
        return plans.find(planId).orElseThrow(() -> PlanProblem.planNotFound(planId));
    }

    private Goal goal(UUID goalId) {
        return plans.goal(goalId).orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noGoal", String.valueOf(goalId))));
    }

    private PlanningPeriod period(UUID periodId) {
        return periods.find(periodId).orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noPlanningPeriod", String.valueOf(periodId))));
    }
}
