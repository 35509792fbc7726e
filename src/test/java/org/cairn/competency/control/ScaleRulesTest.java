package org.cairn.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

class ScaleRulesTest {

    private static ScaleRules.GivenLevel level(Double points, String label, String colour, boolean mastery) {
        return new ScaleRules.GivenLevel(points, label, colour, mastery);
    }

    @Test
    void aThreeLevelScaleWithOneMasteryLevelIsBuilt() {
        Scale scale = ScaleRules.validate("Three", List.of(level(0.0, "Not yet", "#F4C7C3", false),
                level(1.0, "Got it", "#b7e1cd", true), level(2.0, "Beyond", "#8fc1e3", false)));
        assertThat(scale.levels()).extracting(Scale.Level::label).containsExactly("Not yet", "Got it", "Beyond");
        assertThat(scale.threshold().colour()).isEqualTo("#b7e1cd");
        assertThat(scale.levels().get(0).colour()).isEqualTo("#f4c7c3");
    }

    @Test
    void levelsOutOfOrderBadColoursAndTwoMasteryLevelsAreAllReported() {
        var rejected = catchThrowableOfType(() -> ScaleRules.validate(null, List.of(level(2.0, "High", "red", true),
                level(1.0, "Low", "#00ff00", true), level(null, "high", "#000000", false))), InputRejected.class);
        assertThat(rejected.errors()).extracting(InputRejected.FieldProblem::field)
                .containsExactly("levels[0].colour", "levels[1].points", "levels[2].label", "levels[2].points", "levels");
        assertThat(rejected.errors().get(1).message()).contains("level 2 (1 points) must have more points than level 1 (2)");
        assertThat(rejected.errors().get(4).message()).contains("2 do");
    }

    @Test
    void oneLevelIsNotAScale() {
        var rejected = catchThrowableOfType(() -> ScaleRules.validate("x", List.of(level(1.0, "Only", "#000000", true))),
                InputRejected.class);
        assertThat(rejected.errors()).extracting(InputRejected.FieldProblem::message).contains("a scale has 2 to 10 levels, not 1");
    }

    @Test
    void aRefusedScaleReadsInSpanishForASpanishPage() {
        var rejected = catchThrowableOfType(() -> ScaleRules.validate("x", List.of(level(1.0, "Only", "#000000", true))),
                InputRejected.class);

        assertThat(rejected.problem().detail())
                .isEqualTo("The mastery scale was not saved: a scale has 2 to 10 levels, not 1. Nothing was saved.");
        var spanish = rejected.problem().in(Messages.SPANISH);
        assertThat(spanish.detail()).isEqualTo("No se guardó la escala de dominio: una escala tiene de 2 a 10 niveles, "
                + "no 1. No se guardó ningún cambio.");
        assertThat(spanish.title()).isEqualTo("La solicitud no es válida");
    }
}
