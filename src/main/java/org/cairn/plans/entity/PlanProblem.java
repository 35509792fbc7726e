package org.cairn.plans.entity;

import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.infra.problem.ProblemType;

/**
 * A client mistake in the plans feature, ready to become {@code application/problem+json} (4xx). The detail
 * names the offending value and, where there is one, the rule's limits (the period's dates, the prompt). Details
 * are phrases of i18n/plans*.properties ({@code plans.problem.*}), written in the reader's language; every type's
 * title is {@code problemType.<slug>} there too.
 */
public class PlanProblem extends ProblemException {

    public static final ProblemType INVALID_PERIOD = new ProblemType("invalid-planning-period", "The planning period is not valid");
    public static final ProblemType OVERLAPPING_PERIOD = new ProblemType("overlapping-planning-period", "Planning periods of a course may not overlap");
    public static final ProblemType INVALID_GOAL = new ProblemType("invalid-goal", "The goal is not valid");
    public static final ProblemType GOAL_OUTSIDE_PERIOD = new ProblemType("goal-outside-period", "The goal's target date is outside its planning period");
    public static final ProblemType INVALID_REFLECTION = new ProblemType("invalid-reflection", "The reflection is not valid");
    public static final ProblemType INVALID_PROFILE = new ProblemType("invalid-about-me", "The \"about me\" profile is not valid");
    public static final ProblemType INVALID_CONFERENCE = new ProblemType("invalid-conference", "The conference is not valid");
    public static final ProblemType CONFERENCE_STATE = new ProblemType("conference-state", "The conference cannot change that way");
    public static final ProblemType PLAN_NOT_FOUND = new ProblemType("plan-not-found", "Learning plan not found");
    public static final ProblemType NOT_FOUND = new ProblemType("plan-item-not-found", "Not found in learning plans");

    public PlanProblem(ProblemType type, int status, Phrase detail) {
        super(type, status, detail);
    }

    public static PlanProblem invalid(ProblemType type, Phrase detail) {
        return new PlanProblem(type, 400, detail);
    }

    public static PlanProblem conflict(ProblemType type, Phrase detail) {
        return new PlanProblem(type, 409, detail);
    }

    /** "No learning plan {id}" (404, plan-not-found). */
    public static PlanProblem planNotFound(Object planId) {
        return new PlanProblem(PLAN_NOT_FOUND, 404, Phrase.of("plans.problem.noLearningPlan", String.valueOf(planId)));
    }

    /** Anything else of learning plans that is not there (404, plan-item-not-found): a period, goal, conference... */
    public static PlanProblem notFound(Phrase detail) {
        return new PlanProblem(NOT_FOUND, 404, detail);
    }
}
