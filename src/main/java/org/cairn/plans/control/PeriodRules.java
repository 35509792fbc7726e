package org.cairn.plans.control;

import java.util.Collection;
import org.cairn.infra.i18n.Phrase;
import org.cairn.plans.entity.PlanProblem;
import org.cairn.plans.entity.PlanningPeriod;

/**
 * The course-wide rules of planning periods: at most {@code maxDays} days long (cairn.plans.max-period-days,
 * 42 by default: a race is short) and no overlap with another period of the same course, so that "the current
 * period" of a day is always one period or none.
 */
public final class PeriodRules {

    public static final int DEFAULT_MAX_DAYS = 42;

    private final int maxDays;

    public PeriodRules(int maxDays) {
        if (maxDays < 1) throw new IllegalArgumentException("cairn.plans.max-period-days must be at least 1, not " + maxDays);
        this.maxDays = maxDays;
    }

    /** Checks a new or changed period against the course's others (the candidate itself is skipped by id). */
    public void check(PlanningPeriod candidate, Collection<PlanningPeriod> coursePeriods) {
        if (candidate.days() > maxDays) {
            throw PlanProblem.invalid(PlanProblem.INVALID_PERIOD, Phrase.of("plans.problem.periodTooLong",
                    candidate.described(), String.valueOf(candidate.days()), String.valueOf(maxDays)));
        }
        for (PlanningPeriod other : coursePeriods) {
            if (other.id().equals(candidate.id()) || !other.courseId().equals(candidate.courseId())) continue;
            if (other.overlaps(candidate.startsOn(), candidate.endsOn())) {
                throw PlanProblem.conflict(PlanProblem.OVERLAPPING_PERIOD, Phrase.of("plans.problem.periodsOverlap",
                        candidate.described(), other.described()));
            }
        }
    }

    public int maxDays() {
        return maxDays;
    }
}
