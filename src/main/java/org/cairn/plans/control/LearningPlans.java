package org.cairn.plans.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cairn.plans.entity.AboutMe;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanTemplate;
import org.cairn.plans.entity.Reflection;

/** Finds and stores learning plans and what hangs off them (goals, reflections, "about me"). Callers own the transaction. */
@ApplicationScoped
public class LearningPlans {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<LearningPlan> find(UUID id) {
        return Optional.ofNullable(em.find(LearningPlan.class, id));
    }

    public Optional<LearningPlan> of(UUID courseId, UUID studentId) {
        return em.createNamedQuery("LearningPlan.ofStudent", LearningPlan.class)
                .setParameter("courseId", courseId).setParameter("studentId", studentId)
                .getResultStream().findFirst();
    }

    public List<LearningPlan> ofCourse(UUID courseId) {
        return batched(em.createNamedQuery("LearningPlan.ofCourse", LearningPlan.class), "p.reflectionPrompts", "p.goalSuggestions")
                .setParameter("courseId", courseId).getResultList();
    }

    /**
     * Element collections are EAGER; without a batch hint EclipseLink reads them one owner at a time (N+1). With
     * it, each collection is one more query for all the owners ("IN" batch), whatever the class size.
     */
    static <T> TypedQuery<T> batched(TypedQuery<T> query, String... paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) query.setHint("eclipselink.batch", path);
        return query;
    }

    /**
     * Replaces a plan's prompts. EclipseLink writes a changed list with an order column value by value, in no fixed
     * order, so a prompt could be inserted at (or moved to) a position before the prompt leaving it is deleted, and
     * fail on the (plan, position) key. So the old prompts are deleted first (a flush; the plan's version moves on with
     * it), then the new ones are inserted at commit. The same prompts again write nothing.
     */
    public void editPrompts(LearningPlan plan, List<String> prompts) {
        List<String> checked = PlanTemplate.checkedPrompts(prompts);
        if (checked.equals(plan.reflectionPrompts())) return;
        plan.clearPrompts();
        em.flush();
        plan.editPrompts(checked);
    }

    public LearningPlan add(LearningPlan plan) {
        em.persist(plan);
        // EclipseLink does not order inserts by foreign keys it cannot see: write the plan before what hangs off it.
        em.flush();
        return plan;
    }

    public Optional<Goal> goal(UUID id) {
        return Optional.ofNullable(em.find(Goal.class, id));
    }

    public List<Goal> goalsOf(UUID planId) {
        return batched(em.createNamedQuery("Goal.ofPlan", Goal.class), "g.revisions", "g.progress").setParameter("planId", planId).getResultList();
    }

    public Goal add(Goal goal) {
        em.persist(goal);
        return goal;
    }

    public List<Reflection> reflectionsOf(UUID planId) {
        return batched(em.createNamedQuery("Reflection.ofPlan", Reflection.class), "r.answers").setParameter("planId", planId).getResultList();
    }

    public Reflection add(Reflection reflection) {
        em.persist(reflection);
        return reflection;
    }

    public Optional<AboutMe> aboutMe(UUID planId) {
        return em.createNamedQuery("AboutMe.ofPlan", AboutMe.class).setParameter("planId", planId)
                .getResultStream().findFirst();
    }

    public AboutMe add(AboutMe aboutMe) {
        em.persist(aboutMe);
        return aboutMe;
    }

    /** Every plan of a course with its records, in three queries whatever the class size. */
    public List<PlanRecords> recordsOfCourse(UUID courseId) {
        List<LearningPlan> plans = ofCourse(courseId);
        if (plans.isEmpty()) return List.of();
        List<UUID> ids = plans.stream().map(LearningPlan::id).toList();
        Map<UUID, List<Goal>> goals = new HashMap<>();
        batched(em.createNamedQuery("Goal.ofPlans", Goal.class), "g.revisions", "g.progress").setParameter("planIds", ids).getResultList()
                .forEach(g -> goals.computeIfAbsent(g.planId(), k -> new ArrayList<>()).add(g));
        Map<UUID, List<Reflection>> reflections = new HashMap<>();
        batched(em.createNamedQuery("Reflection.ofPlans", Reflection.class), "r.answers").setParameter("planIds", ids).getResultList()
                .forEach(r -> reflections.computeIfAbsent(r.planId(), k -> new ArrayList<>()).add(r));
        Map<UUID, List<Conference>> conferences = new HashMap<>();
        em.createNamedQuery("Conference.ofCourse", Conference.class).setParameter("courseId", courseId).getResultList()
                .forEach(c -> conferences.computeIfAbsent(c.planId(), k -> new ArrayList<>()).add(c));
        return plans.stream().map(p -> new PlanRecords(p, goals.getOrDefault(p.id(), List.of()),
                reflections.getOrDefault(p.id(), List.of()), conferences.getOrDefault(p.id(), List.of()))).toList();
    }

    public PlanRecords recordsOf(LearningPlan plan) {
        List<Conference> conferences = em.createNamedQuery("Conference.ofPlan", Conference.class)
                .setParameter("planId", plan.id()).getResultList();
        return new PlanRecords(plan, goalsOf(plan.id()), reflectionsOf(plan.id()), conferences);
    }
}
