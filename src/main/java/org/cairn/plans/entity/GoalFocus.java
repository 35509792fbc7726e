package org.cairn.plans.entity;

import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/** What a goal serves: a standard (by competency id) or a habit of success. Exactly one. */
public record GoalFocus(UUID standardId, Habit habit) {

    public GoalFocus {
        if ((standardId == null) == (habit == null)) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.focusEitherOr"));
        }
    }

    public static GoalFocus standard(UUID standardId) {
        return new GoalFocus(standardId, null);
    }

    public static GoalFocus habit(Habit habit) {
        return new GoalFocus(null, habit);
    }
}
