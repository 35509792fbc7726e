package org.cairn.plans.entity;

import java.time.LocalDate;
import java.util.Objects;

/** What a student or teacher writes when setting or revising a goal. */
public record GoalDraft(String text, GoalFocus focus, GoalTarget target, LocalDate targetDate) {

    public static final int TEXT_MAX = 500;

    public GoalDraft {
        if (text == null || text.isBlank()) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, "A goal needs its text, in the student's words");
        }
        text = text.strip();
        if (text.length() > TEXT_MAX) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                    "The goal text has " + text.length() + " characters; at most " + TEXT_MAX + " are allowed");
        }
        if (focus == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, "A goal serves a standard or a habit; none was given");
        }
        if (target == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                    "A goal needs a measurable target: a level on a standard or a count per period");
        }
        if (targetDate == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, "A goal needs a target date");
        }
        Objects.requireNonNull(targetDate);
    }
}
