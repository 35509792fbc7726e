package org.cairn.mastery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.entity.Scale;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.Test;

class MasteryCalculatorTest {

    private static final Scale SCALE = Scale.standard();

    private static Outcome run(MethodKind kind, double... scores) {
        return MasteryCalculator.calculate(MethodSettings.of(kind), SCALE, Evidence.daily(scores));
    }

    @Test
    void weightedAverageOfOneToFourIs3_30() {
        Outcome outcome = run(MethodKind.WEIGHTED_AVERAGE, 1, 2, 3, 4);
        // 4 × 0.65 + mean(1, 2, 3) × 0.35 = 2.6 + 0.7
        assertThat(outcome.score().getAsDouble()).isCloseTo(3.30, within(1e-12));
        assertThat(outcome.shownScore()).isEqualTo("3.30");
        assertThat(outcome.level().orElseThrow().label()).isEqualTo("Proficient");
    }

    @Test
    void decayingAverageOfOneToFourIs3_48() {
        Outcome outcome = run(MethodKind.DECAYING_AVERAGE, 1, 2, 3, 4);
        // d1 = 1, d2 = 1.65, d3 = 2.5275, d4 = 2.5275 × 0.35 + 4 × 0.65 = 3.484625
        assertThat(outcome.score().getAsDouble()).isCloseTo(3.484625, within(1e-12));
        assertThat(outcome.shownScore()).isEqualTo("3.48");
        assertThat(outcome.englishSteps()).contains("d4 = 2.5275 × 0.35 + 4 × 0.65 = 3.4846");
        assertThat(outcome.level().orElseThrow().label()).isEqualTo("Proficient");
    }

    @Test
    void highestMostRecentAndAverageOfOneToFour() {
        assertThat(run(MethodKind.HIGHEST, 1, 2, 4, 3).score().getAsDouble()).isEqualTo(4);
        assertThat(run(MethodKind.MOST_RECENT, 1, 2, 4, 3).score().getAsDouble()).isEqualTo(3);
        assertThat(run(MethodKind.AVERAGE, 1, 2, 3, 4).score().getAsDouble()).isEqualTo(2.5);
        // 2.5 is halfway between Developing and Proficient: the tie rounds up.
        assertThat(run(MethodKind.AVERAGE, 1, 2, 3, 4).level().orElseThrow().label()).isEqualTo("Proficient");
    }

    @Test
    void modeTiesGoToTheHigherLevel() {
        assertThat(run(MethodKind.MODE, 2, 3, 2, 3, 1).score().getAsDouble()).isEqualTo(3);
        assertThat(run(MethodKind.MODE, 2, 2, 4).score().getAsDouble()).isEqualTo(2);
    }

    @Test
    void nTimesGivesNothingUntilNQualify() {
        assertThat(run(MethodKind.N_TIMES, 3, 4).hasLevel()).isFalse();
        assertThat(run(MethodKind.N_TIMES, 3, 4).englishSteps()).anyMatch(s -> s.contains("2 of the 3 scores needed"));
        assertThat(run(MethodKind.N_TIMES, 3, 4, 1, 3).score().getAsDouble()).isEqualTo(3);
        assertThat(run(MethodKind.N_TIMES, 4, 4, 4, 1).score().getAsDouble()).isEqualTo(4);
    }

    @Test
    void nIsConfigurable() {
        var once = MethodSettings.of(MethodKind.N_TIMES).withN(1);
        assertThat(MasteryCalculator.calculate(once, SCALE, Evidence.daily(1, 3)).score().getAsDouble()).isEqualTo(3);
    }

    @Test
    void powerLawPredictsTheTrendAtTheLatestPosition() {
        // A perfect power curve y = 1 × x^1 on positions 1..4 predicts 4 at position 4.
        assertThat(run(MethodKind.POWER_LAW, 1, 2, 3, 4).score().getAsDouble()).isCloseTo(4.0, within(1e-9));
        // A flat record stays flat.
        assertThat(run(MethodKind.POWER_LAW, 3, 3, 3).score().getAsDouble()).isCloseTo(3.0, within(1e-9));
        // A steep rise is clamped to the top of the scale.
        assertThat(run(MethodKind.POWER_LAW, 1, 4, 4, 4, 4).score().getAsDouble()).isLessThanOrEqualTo(4.0);
    }

    @Test
    void evidenceIsOrderedByDateObservedNotDateEntered() {
        LocalDate monday = LocalDate.of(2026, 10, 5);
        var enteredLateButObservedFirst = new Observation(UUID.randomUUID(), 4, monday,
                Instant.parse("2026-10-09T15:00:00Z"), EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED);
        var enteredEarlyObservedLater = new Observation(UUID.randomUUID(), 2, monday.plusDays(2),
                Instant.parse("2026-10-07T15:00:00Z"), EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED);
        Outcome outcome = MasteryCalculator.calculate(MethodSettings.of(MethodKind.MOST_RECENT), SCALE,
                List.of(enteredEarlyObservedLater, enteredLateButObservedFirst));
        assertThat(outcome.score().getAsDouble()).isEqualTo(2);
    }

    @Test
    void sameDayTiesAreOrderedByWhenRecorded() {
        LocalDate day = LocalDate.of(2026, 10, 5);
        var first = new Observation(UUID.randomUUID(), 4, day, Instant.parse("2026-10-05T09:00:00Z"),
                EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED);
        var second = new Observation(UUID.randomUUID(), 1, day, Instant.parse("2026-10-05T10:00:00Z"),
                EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED);
        assertThat(MasteryCalculator.calculate(MethodSettings.of(MethodKind.MOST_RECENT), SCALE, List.of(second, first))
                .score().getAsDouble()).isEqualTo(1);
    }

    @Test
    void selfAssessmentCountsOnlyWhenTheTeacherIncludesIt() {
        var evidence = List.of(Evidence.on(Evidence.START, 2),
                Evidence.of(Evidence.START.plusDays(1), 4, EvidenceSource.SELF_ASSESSMENT, EvidenceStatus.RECORDED));
        var method = MethodSettings.of(MethodKind.MOST_RECENT);
        Outcome without = MasteryCalculator.calculate(method, SCALE, evidence);
        assertThat(without.score().getAsDouble()).isEqualTo(2);
        assertThat(without.excluded()).singleElement().extracting(Exclusion::englishReason).asString().contains("self-assessment");
        assertThat(MasteryCalculator.calculate(method.includingSelfAssessment(true), SCALE, evidence)
                .score().getAsDouble()).isEqualTo(4);
    }

    @Test
    void pendingRejectedAndSupersededEvidenceNeverCounts() {
        var evidence = List.of(Evidence.on(Evidence.START, 2),
                Evidence.of(Evidence.START.plusDays(1), 4, EvidenceSource.OUT_OF_SCHOOL, EvidenceStatus.PENDING_VALIDATION),
                Evidence.of(Evidence.START.plusDays(2), 4, EvidenceSource.OUT_OF_SCHOOL, EvidenceStatus.REJECTED),
                Evidence.of(Evidence.START.plusDays(3), 4, EvidenceSource.ASSESSMENT, EvidenceStatus.CORRECTED));
        Outcome outcome = MasteryCalculator.calculate(MethodSettings.of(MethodKind.HIGHEST), SCALE, evidence);
        assertThat(outcome.score().getAsDouble()).isEqualTo(2);
        assertThat(outcome.excluded()).extracting(Exclusion::englishReason).containsExactly(
                "out-of-school evidence not yet validated by a teacher", "rejected by a teacher",
                "superseded by a correction");
    }

    @Test
    void noEvidenceMeansNoLevel() {
        Outcome outcome = run(MethodKind.DECAYING_AVERAGE);
        assertThat(outcome.hasLevel()).isFalse();
        assertThat(outcome.shownScore()).isEqualTo("none");
    }

    @Test
    void explanationShowsEvidenceStepsResultAndEveryOtherMethod() {
        var evidence = new java.util.ArrayList<>(Evidence.daily(1, 2, 3, 4));
        evidence.add(Evidence.of(Evidence.START.plusDays(9), 1, EvidenceSource.SELF_ASSESSMENT, EvidenceStatus.RECORDED));
        Explanation explanation = MasteryCalculator.explain(MethodSettings.decayingAverage(), SCALE, evidence);
        assertThat(explanation.alternatives()).hasSize(MethodKind.values().length - 1);
        assertThat(explanation.alternatives().get(MethodKind.WEIGHTED_AVERAGE).shownScore()).isEqualTo("3.30");
        assertThat(explanation.lines()).contains("Method: DECAYING_AVERAGE",
                "d2 = 1 × 0.35 + 2 × 0.65 = 1.65",
                "Result: 3.48 → Proficient",
                "With HIGHEST: 4.00 → Advanced",
                "With N_TIMES: none → no level yet");
        assertThat(explanation.lines()).anyMatch(l -> l.startsWith("Excluded: 1 observed 2026-09-10: self-assessment"));
    }
}
