package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.NOW;
import static org.cairn.plans.PlanFixtures.RP1;
import static org.cairn.plans.PlanFixtures.RP2;
import static org.cairn.plans.PlanFixtures.RP3;
import static org.cairn.plans.PlanFixtures.TODAY;
import static org.cairn.plans.PlanFixtures.ana;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.proficientOnRp3;
import static org.cairn.plans.PlanFixtures.race4;
import static org.cairn.plans.PlanFixtures.readingHabit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cairn.plans.control.ChangesSinceLastConference;
import org.cairn.plans.control.ChangesSinceLastConference.EvidenceSeen;
import org.cairn.plans.control.ChangesSinceLastConference.LevelMove;
import org.cairn.plans.entity.Goal;
import org.cairn.plans.entity.GoalStatus;
import org.cairn.plans.entity.LearningPlan;
import org.cairn.plans.entity.PlanningPeriod;
import org.cairn.plans.entity.Reflection;
import org.junit.jupiter.api.Test;

class ChangesSinceLastConferenceTest {

    private static final Instant LAST_CONFERENCE = Instant.parse("2026-11-20T14:00:00Z");
    private final LearningPlan plan = planOf(ANA);
    private final PlanningPeriod race4 = race4();

    @Test
    void countsOnlyEvidenceNewerThanTheLastConferencePerStandard() {
        var changes = ChangesSinceLastConference.assemble(Optional.of(LAST_CONFERENCE), TODAY, List.of(
                new EvidenceSeen(RP1, "6.RP.1", LAST_CONFERENCE.minusSeconds(60)),
                new EvidenceSeen(RP2, "6.RP.2", LAST_CONFERENCE.plusSeconds(60)),
                new EvidenceSeen(RP2, "6.RP.2", NOW),
                new EvidenceSeen(RP3, "6.RP.3", NOW)), List.of(), List.of(), List.of());
        assertThat(changes.newEvidence()).containsExactly(Map.entry("6.RP.2", 2), Map.entry("6.RP.3", 1));
    }

    @Test
    void sortsLevelsThatMovedUpAndDownAndIgnoresTheUnchanged() {
        var changes = ChangesSinceLastConference.assemble(Optional.of(LAST_CONFERENCE), TODAY, List.of(), List.of(
                new LevelMove(RP3, "6.RP.3", 2, 3),
                new LevelMove(RP1, "6.RP.1", 3, 2),
                new LevelMove(RP2, "6.RP.2", 2, 2),
                new LevelMove(RP2, "6.NS.1", null, 1)), List.of(), List.of());
        assertThat(changes.movedUp()).extracting(LevelMove::code).containsExactly("6.NS.1", "6.RP.3");
        assertThat(changes.movedDown()).extracting(LevelMove::code).containsExactly("6.RP.1");
    }

    @Test
    void listsActiveGoalsDueByTheDateEarliestFirst() {
        Goal dueSoon = Goal.set(plan, race4, readingHabit(LocalDate.of(2026, 11, 30)), ana(), NOW);
        Goal pastDue = Goal.set(plan, race4, proficientOnRp3(LocalDate.of(2026, 11, 25)), ana(), NOW);
        Goal later = Goal.set(plan, race4, readingHabit(LocalDate.of(2026, 12, 6)), ana(), NOW);
        Goal met = Goal.set(plan, race4, readingHabit(LocalDate.of(2026, 11, 28)), ana(), NOW);
        met.changeStatus(GoalStatus.MET, ana(), NOW);
        var changes = ChangesSinceLastConference.assemble(Optional.of(LAST_CONFERENCE), LocalDate.of(2026, 12, 3),
                List.of(), List.of(), List.of(later, dueSoon, met, pastDue), List.of());
        assertThat(changes.goalsDue()).containsExactly(pastDue, dueSoon);
    }

    @Test
    void showsTheLatestReflectionWrittenSinceTheLastConference() {
        Reflection before = Reflection.write(plan, race4, Map.of("What went well?", "Ratios"), Map.of(), LAST_CONFERENCE.minusSeconds(5));
        Reflection after = Reflection.write(plan, race4, Map.of("What was hard?", "Percents"), Map.of(), NOW.minusSeconds(5));
        Reflection latest = Reflection.write(plan, race4, Map.of("What will I try next?", "Tape diagrams"), Map.of(), NOW);
        var changes = ChangesSinceLastConference.assemble(Optional.of(LAST_CONFERENCE), TODAY, List.of(), List.of(),
                List.of(), List.of(latest, before, after));
        assertThat(changes.latestReflection()).contains(latest);
    }

    @Test
    void aReflectionOlderThanTheLastConferenceIsNotNews() {
        Reflection before = Reflection.write(plan, race4, Map.of("What went well?", "Ratios"), Map.of(), LAST_CONFERENCE.minusSeconds(5));
        var changes = ChangesSinceLastConference.assemble(Optional.of(LAST_CONFERENCE), TODAY, List.of(), List.of(),
                List.of(), List.of(before));
        assertThat(changes.latestReflection()).isEmpty();
        assertThat(changes.nothingChanged()).isTrue();
    }

    @Test
    void beforeTheFirstConferenceEverythingCounts() {
        Reflection early = Reflection.write(plan, race4, Map.of("What went well?", "Ratios"), Map.of(), LAST_CONFERENCE);
        var changes = ChangesSinceLastConference.assemble(Optional.empty(), TODAY,
                List.of(new EvidenceSeen(RP1, "6.RP.1", Instant.parse("2026-09-01T10:00:00Z"))), List.of(), List.of(),
                List.of(early));
        assertThat(changes.newEvidence()).containsEntry("6.RP.1", 1);
        assertThat(changes.latestReflection()).contains(early);
    }
}
