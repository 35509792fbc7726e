package org.cairn.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.plans.entity.PlanTemplate;
import org.cairn.plans.entity.PlanningPeriod;

/** Finds and stores planning periods and plan templates. Callers own the transaction. */
@ApplicationScoped
public class PlanningPeriods {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<PlanningPeriod> find(UUID id) {
        return Optional.ofNullable(em.find(PlanningPeriod.class, id));
    }

    public List<PlanningPeriod> ofCourse(UUID courseId) {
        return LearningPlans.batched(em.createNamedQuery("PlanningPeriod.ofCourse", PlanningPeriod.class), "p.targetStandards")
                .setParameter("courseId", courseId).getResultList();
    }

    /** The period running on {@code day}; at most one, since periods of a course never overlap. */
    public Optional<PlanningPeriod> on(UUID courseId, LocalDate day) {
        return em.createNamedQuery("PlanningPeriod.onDate", PlanningPeriod.class)
                .setParameter("courseId", courseId).setParameter("day", day)
                .getResultStream().findFirst();
    }

    public PlanningPeriod add(PlanningPeriod period) {
        em.persist(period);
        em.flush(); // goals and reflections reference it (see LearningPlans.add)
        return period;
    }

    public Optional<PlanTemplate> templateOf(UUID courseId) {
        return em.createNamedQuery("PlanTemplate.ofCourse", PlanTemplate.class)
                .setParameter("courseId", courseId).getResultStream().findFirst();
    }

    /**
     * The course's template, its row locked until the transaction ends: a save rewrites it, and two saves at once
     * (two teachers, or the saves that lost the race to create it) would otherwise fail on its version.
     */
    public Optional<PlanTemplate> templateLocked(UUID courseId) {
        return em.createNamedQuery("PlanTemplate.ofCourse", PlanTemplate.class)
                .setParameter("courseId", courseId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Before a saved template's prompts and suggestions are written anew: when they change, the old ones are deleted
     * first (a flush), for the reason given at {@link LearningPlans#editPrompts}.
     */
    public void clearListsIfChanging(PlanTemplate template, List<String> prompts, List<String> suggestions) {
        if (PlanTemplate.checkedPrompts(prompts).equals(template.reflectionPrompts())
                && PlanTemplate.checkedSuggestions(suggestions).equals(template.goalSuggestions())) {
            return;
        }
        template.clearLists();
        em.flush();
    }

    /**
     * Sets a period's targets in a new order: when they change, the old ones are deleted first (a flush), for the
     * reason given at {@link LearningPlans#editPrompts} (reordering two targets failed on the position key).
     */
    public void retarget(PlanningPeriod period, List<UUID> standardIds) {
        List<UUID> distinct = List.copyOf(new java.util.LinkedHashSet<>(standardIds));
        if (distinct.equals(period.targetStandards())) return;
        period.clearTargets();
        em.flush();
        period.target(distinct);
    }

    public PlanTemplate add(PlanTemplate template) {
        em.persist(template);
        return template;
    }
}
