package org.cairn.plans.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.StaleSave;
import org.cairn.plans.control.CourseFacts;
import org.cairn.plans.control.PeriodRules;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.control.PlanningPeriods;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.ConferenceCadence;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanTemplate;
import org.cairn.plans.entity.PlanningPeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A teacher plans the course: planning periods with their target standards, and the plan template. */
@ApplicationScoped
public class PeriodPlanning {

    @Inject
    PlanningPeriods periods;

    @Inject
    CourseFacts facts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cairn.plans.max-period-days", defaultValue = "42")
    int maxPeriodDays;

    /** A new period; without an end date it is the default two-week race. */
    @Transactional
    public PlanningPeriod createPeriod(Actor actor, UUID courseId, String name, LocalDate startsOn,
                                       Optional<LocalDate> endsOn, List<UUID> targetStandards) {
        PlanAuthorization.planCourse(actor, courseId);
        if (startsOn == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PERIOD, Phrase.of("plans.problem.periodNeedsStart"));
        }
        PlanningPeriod period = new PlanningPeriod(courseId, name, startsOn,
                endsOn.orElseGet(() -> PlanningPeriod.defaultEnd(startsOn)), targetStandards, actor.personId(),
                clock.instant());
        facts.lockCourse(courseId); // before reading the periods it must not overlap: see runningOrDefault
        new PeriodRules(maxPeriodDays).check(period, periods.ofCourse(courseId));
        return periods.add(period);
    }

    /**
     * The period running today; when the teacher has not planned one, a default two-week race from today (ending
     * before the course's next period, if one is planned), so a student can always set a goal and reflect.
     * Goals set at once in a course without a period (a class on its first day) would each add a default period,
     * overlapping, since no key keeps them apart: one is added only under the course's lock, after looking again,
     * so the requests that waited find the first one's period.
     */
    @Transactional
    public PlanningPeriod runningOrDefault(Actor actor, UUID courseId, java.util.Locale language) {
        PlanAuthorization.readPlan(actor, courseId, actor.personId());
        LocalDate today = LocalDate.now(clock);
        Optional<PlanningPeriod> running = periods.on(courseId, today);
        if (running.isPresent()) return running.get();
        facts.lockCourse(courseId);
        return periods.on(courseId, today).orElseGet(() -> {
            LocalDate end = PlanningPeriod.defaultEnd(today);
            for (PlanningPeriod p : periods.ofCourse(courseId)) {
                if (p.startsOn().isAfter(today) && !p.startsOn().isAfter(end)) end = p.startsOn().minusDays(1);
            }
            // Named in the language of the person whose goal started it, as a teacher would name one, with the
            // date as that language writes it ("December 7, 2026", "7 de diciembre de 2026").
            org.cairn.infra.i18n.Messages messages = org.cairn.infra.i18n.Messages.forLocale(language);
            String name = messages.get("plans.server.defaultPeriodName", messages.longDate(today));
            PlanningPeriod period = new PlanningPeriod(courseId, name, today, end, List.of(), actor.personId(),
                    clock.instant());
            return periods.add(period);
        });
    }

    @Transactional
    public PlanningPeriod retarget(Actor actor, UUID periodId, List<UUID> targetStandards) {
        PlanningPeriod period = periods.find(periodId)
                .orElseThrow(() -> PlanProblem.notFound(Phrase.of("plans.problem.noPlanningPeriod", String.valueOf(periodId))));
        PlanAuthorization.planCourse(actor, period.courseId());
        periods.retarget(period, targetStandards);
        return period;
    }

    /**
     * Creates the course's template on first use; an empty prompt list restores the default prompts. Two first
     * saves at once: one inserts it, the other fails on plan_template_per_course and is run again by the caller.
     * {@code version}: the template's as the page loaded it (0 for the defaults), or null (not checked); it is
     * compared under the lock, so of two saves from pages that loaded the same version only the first goes through.
     */
    @Transactional
    public PlanTemplate shapeTemplate(Actor actor, UUID courseId, List<String> prompts, List<String> goalSuggestions,
                                      ConferenceCadence cadence, int conferenceMinutes, Long version) {
        PlanAuthorization.planCourse(actor, courseId);
        Optional<PlanTemplate> stored = periods.templateLocked(courseId);
        StaleSave.refuseUnless(version, stored.map(PlanTemplate::version).orElse(0L));
        stored.ifPresent(t -> periods.clearListsIfChanging(t, prompts, goalSuggestions));
        PlanTemplate template = stored
                .orElseGet(() -> periods.add(new PlanTemplate(courseId, actor.personId(), clock.instant())));
        template.editPrompts(prompts, actor.personId(), clock.instant());
        template.suggestGoals(goalSuggestions, actor.personId(), clock.instant());
        template.setConferences(cadence, conferenceMinutes, actor.personId(), clock.instant());
        return template;
    }
}
