package org.cairn.plans.entity;

import java.util.UUID;

/** What a goal serves: a standard (by competency id) or a habit of success. Exactly one. */
public record GoalFocus(UUID standardId, Habit habit) {

    public GoalFocus {
        if ((standardId == null) == (habit == null)) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, "A goal serves either one standard or one habit");
        }
    }

    public static GoalFocus standard(UUID standardId) {
        return new GoalFocus(standardId, null);
    }

    public static GoalFocus habit(Habit habit) {
        return new GoalFocus(null, habit);
    }
}
