package org.cairn.mastery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cairn.competency.entity.Scale;
import org.cairn.competency.entity.StandardCategory;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.Test;

class HeatmapsTest {

    private static final Scale SCALE = Scale.standard();
    private static final UUID ANA = UUID.fromString("00000000-0000-0000-0000-00000000d001");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000d002");
    private static final UUID CAL = UUID.fromString("00000000-0000-0000-0000-00000000d003");
    private static final UUID S1 = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID S2 = UUID.fromString("00000000-0000-0000-0000-00000000e002");
    private static final List<Heatmap.Column> COLUMNS = List.of(
            new Heatmap.Column(S1, "NF.1", "Adds fractions", "Unit 1", StandardCategory.ACADEMIC),
            new Heatmap.Column(S2, "H.1", "Perseveres", "Unit 1", StandardCategory.HABIT));

    @Test
    void cellsCarryLevelLabelColourAndCountAndTheLastRowTheShareAtMastery() {
        var heatmap = Heatmaps.assemble(COLUMNS, List.of(ANA, BEN, CAL), SCALE, List.of(
                new StudentLevel(ANA, S1, 3.0, 4, false),
                new StudentLevel(BEN, S1, 2.0, 2, false),
                new StudentLevel(CAL, S1, 4.0, 1, true),
                new StudentLevel(ANA, S2, null, 2, false)));
        assertThat(heatmap.rows()).extracting(Heatmap.Row::studentId).containsExactly(ANA, BEN, CAL);
        var anaFractions = heatmap.rows().get(0).cells().get(0);
        assertThat(anaFractions.label()).isEqualTo("Proficient");
        assertThat(anaFractions.colour()).isEqualTo("#b7e1cd");
        assertThat(anaFractions.evidenceCount()).isEqualTo(4);
        assertThat(anaFractions.mastery()).isTrue();
        assertThat(heatmap.rows().get(2).cells().get(0).overridden()).isTrue();
        assertThat(heatmap.rows().get(0).cells().get(1).hasLevel()).isFalse();
        assertThat(heatmap.rows().get(0).cells().get(1).evidenceCount()).isEqualTo(2);
        assertThat(heatmap.rows().get(1).cells().get(1)).isEqualTo(Heatmap.Cell.EMPTY);
        assertThat(heatmap.atMastery().get(0).atMastery()).isEqualTo(2);
        assertThat(heatmap.atMastery().get(0).share()).isEqualTo(2.0 / 3);
        assertThat(heatmap.atMastery().get(1).withLevel()).isZero();
    }

    @Test
    void fromRawEvidenceAppliesEachStandardsMethodAndOverrides() {
        var evidence = List.of(
                new StudentEvidence(ANA, S1, Evidence.on(Evidence.START, 4)),
                new StudentEvidence(ANA, S1, Evidence.on(Evidence.START.plusDays(1), 1)),
                new StudentEvidence(ANA, S2, Evidence.on(Evidence.START, 4)),
                new StudentEvidence(ANA, S2, Evidence.on(Evidence.START.plusDays(1), 1)));
        var heatmap = Heatmaps.fromEvidence(COLUMNS, List.of(ANA, BEN), SCALE,
                standard -> MethodSettings.of(standard.equals(S1) ? MethodKind.HIGHEST : MethodKind.MOST_RECENT),
                evidence, Map.of(BEN, Map.of(S2, 3.0)));
        assertThat(heatmap.rows().get(0).cells()).extracting(Heatmap.Cell::points).containsExactly(4.0, 1.0);
        assertThat(heatmap.rows().get(1).cells()).extracting(Heatmap.Cell::points).containsExactly(null, null);
    }

    @Test
    void profileHasATrendOfTheMethodsScoreAfterEachPiece() {
        var profile = StudentProfiles.assemble(ANA, COLUMNS, SCALE, standard -> MethodSettings.decayingAverage(),
                Map.of(S1, Evidence.daily(1, 2, 3, 4)), Map.of(S2, 2.0));
        var fractions = profile.standards().get(0);
        assertThat(fractions.current().label()).isEqualTo("Proficient");
        assertThat(fractions.method()).isEqualTo(MethodKind.DECAYING_AVERAGE);
        assertThat(fractions.trend()).extracting(StudentProfile.TrendPoint::points).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(fractions.trend().get(1).score()).isCloseTo(1.65, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fractions.trend().get(3).score()).isCloseTo(3.484625, org.assertj.core.data.Offset.offset(1e-12));
        var habit = profile.standards().get(1);
        assertThat(habit.current().overridden()).isTrue();
        assertThat(habit.current().label()).isEqualTo("Developing");
        assertThat(habit.trend()).isEmpty();
    }
}
