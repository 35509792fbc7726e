package org.cairn.plans.control;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cairn.plans.entity.Conference;
import org.cairn.plans.entity.ConferenceStatus;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.Reflection;

/** One plan with its goals, reflections and conferences, as loaded together for the pure assemblies. */
public record PlanRecords(LearningPlan plan, List<Goal> goals, List<Reflection> reflections, List<Conference> conferences) {

    public PlanRecords {
        Objects.requireNonNull(plan, "plan");
        goals = List.copyOf(goals);
        reflections = List.copyOf(reflections);
        conferences = List.copyOf(conferences);
    }

    private static final Comparator<Conference> BY_TIME =
            Comparator.comparing(Conference::scheduledOn).thenComparing(Conference::startsAt);

    /** The most recent held conference. */
    public Optional<Conference> lastHeld() {
        return conferences.stream().filter(c -> c.status() == ConferenceStatus.HELD).max(BY_TIME);
    }

    /** The earliest scheduled conference on or after {@code today}. */
    public Optional<Conference> nextScheduled(java.time.LocalDate today) {
        return conferences.stream()
                .filter(c -> c.status() == ConferenceStatus.SCHEDULED && !c.scheduledOn().isBefore(today))
                .min(BY_TIME);
    }

    public Optional<Reflection> latestReflection() {
        return reflections.stream().max(Comparator.comparing(Reflection::writtenAt));
    }
}
