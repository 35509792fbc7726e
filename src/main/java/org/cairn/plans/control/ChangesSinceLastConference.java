package org.cairn.plans.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.Reflection;

/**
 * "What changed since the last conference", assembled for the teacher before a conference from records only:
 * new evidence per standard, levels that moved up or down, goals due, and the latest reflection. Evidence and
 * levels come from the mastery feature as plain records, so this stays a pure function.
 */
public record ChangesSinceLastConference(Optional<Instant> since, Map<String, Integer> newEvidence,
                                         List<LevelMove> movedUp, List<LevelMove> movedDown, List<Goal> goalsDue,
                                         Optional<Reflection> latestReflection) {

    /** One piece of evidence as the mastery feature recorded it. */
    public record EvidenceSeen(UUID standardId, String code, Instant observedAt) {
        public EvidenceSeen {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(observedAt, "observedAt");
        }
    }

    /** A standard's level at the last conference and now, in scale points; null where there was no evidence. */
    public record LevelMove(UUID standardId, String code, Integer before, Integer now) {
    }

    public ChangesSinceLastConference {
        newEvidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(newEvidence));
        movedUp = List.copyOf(movedUp);
        movedDown = List.copyOf(movedDown);
        goalsDue = List.copyOf(goalsDue);
    }

    public boolean nothingChanged() {
        return newEvidence.isEmpty() && movedUp.isEmpty() && movedDown.isEmpty() && goalsDue.isEmpty()
                && latestReflection.isEmpty();
    }

    /**
     * @param since     when the last conference was held; empty means since the plan began (everything counts)
     * @param dueBy     goals still active with a target date on or before this day are "due" (past due included)
     */
    public static ChangesSinceLastConference assemble(Optional<Instant> since, LocalDate dueBy,
                                                      Collection<EvidenceSeen> evidence, Collection<LevelMove> levels,
                                                      Collection<Goal> goals, Collection<Reflection> reflections) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EvidenceSeen e : evidence) {
            if (since.isEmpty() || e.observedAt().isAfter(since.get())) counts.merge(e.code(), 1, Integer::sum);
        }
        List<LevelMove> up = new ArrayList<>();
        List<LevelMove> down = new ArrayList<>();
        levels.stream().sorted(Comparator.comparing(LevelMove::code)).forEach(move -> {
            if (move.now() == null) return;
            if (move.before() == null || move.now() > move.before()) up.add(move);
            else if (move.now() < move.before()) down.add(move);
        });
        List<Goal> due = goals.stream()
                .filter(g -> g.status() == GoalStatus.ACTIVE && !g.targetDate().isAfter(dueBy))
                .sorted(Comparator.comparing(Goal::targetDate).thenComparing(Goal::createdAt))
                .toList();
        Optional<Reflection> latest = reflections.stream()
                .filter(r -> since.isEmpty() || r.writtenAt().isAfter(since.get()))
                .max(Comparator.comparing(Reflection::writtenAt));
        return new ChangesSinceLastConference(since, counts, up, down, due, latest);
    }
}
