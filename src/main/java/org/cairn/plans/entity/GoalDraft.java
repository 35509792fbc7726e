package org.cairn.plans.entity;

import java.time.LocalDate;
import java.util.Objects;
import org.cairn.infra.i18n.Phrase;

/** What a student or teacher writes when setting or revising a goal. */
public record GoalDraft(String text, GoalFocus focus, GoalTarget target, LocalDate targetDate) {

    public static final int TEXT_MAX = 500;

    public GoalDraft {
        if (text == null || text.isBlank()) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.goalNeedsText"));
        }
        text = text.strip();
        if (text.length() > TEXT_MAX) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.goalTextTooLong",
                    String.valueOf(text.length()), String.valueOf(TEXT_MAX)));
        }
        if (focus == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.goalNeedsFocus"));
        }
        if (target == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.goalNeedsTarget"));
        }
        if (targetDate == null) {
            throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.goalNeedsDate"));
        }
        Objects.requireNonNull(targetDate);
    }
}
