package org.cairn.plans.entity;

import java.util.Objects;
import java.util.UUID;
import org.cairn.infra.i18n.Phrase;

/**
 * What makes a goal measurable: reach a mastery level on a standard ("reach Proficient on 6.RP.3", level points
 * on the course's scale) or a count per period ("read 20 minutes 4 days a week").
 */
public sealed interface GoalTarget {

    int UNIT_MAX = 40;

    record ReachLevel(UUID standardId, int levelPoints) implements GoalTarget {
        public ReachLevel {
            Objects.requireNonNull(standardId, "standardId");
            if (levelPoints < 1 || levelPoints > 10) {
                throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                        Phrase.of("plans.problem.targetLevelRange", String.valueOf(levelPoints)));
            }
        }
    }

    /** {@code quantity} {@code unit}, {@code times} per {@code per}: 20 minutes, 4 times a week. */
    record CountPer(int quantity, String unit, int times, Per per) implements GoalTarget {
        public CountPer {
            if (quantity < 1) {
                throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                        Phrase.of("plans.problem.countQuantity", String.valueOf(quantity)));
            }
            if (unit == null || unit.isBlank() || unit.strip().length() > UNIT_MAX) {
                throw PlanProblem.invalid(PlanProblem.INVALID_GOAL,
                        Phrase.of("plans.problem.countUnit", String.valueOf(UNIT_MAX)));
            }
            unit = unit.strip();
            Objects.requireNonNull(per, "per");
            if (times < 1 || times > per.maxTimes()) {
                // plans.per.* are the page's words for day, week and period, in the same language.
                throw PlanProblem.invalid(PlanProblem.INVALID_GOAL, Phrase.of("plans.problem.countTimes",
                        String.valueOf(per.maxTimes()), Phrase.of("plans.per." + per.name()), String.valueOf(times)));
            }
        }
    }

    enum Per {
        DAY(24), WEEK(7), PERIOD(100);

        private final int maxTimes;

        Per(int maxTimes) {
            this.maxTimes = maxTimes;
        }

        public int maxTimes() {
            return maxTimes;
        }
    }

    /**
     * The target in words for a goal's history ({@code plans.server.target.*}), phrased in the language of whoever
     * reads the history: "reach level 3 on standard …", "20 minutes, 4 per week" ("20 minutes, 4 por semana").
     */
    default Phrase phrase() {
        if (this instanceof ReachLevel r) {
            return Phrase.of("plans.server.target.reachLevel", String.valueOf(r.levelPoints()), r.standardId().toString());
        }
        CountPer c = (CountPer) this;
        return Phrase.of("plans.server.target.countPer", String.valueOf(c.quantity()), c.unit(),
                String.valueOf(c.times()), Phrase.of("plans.per." + c.per().name()));
    }
}
