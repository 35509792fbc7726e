package org.cairn.competency.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void theDefaultScaleHasProficientAsMastery() {
        Scale scale = Scale.standard();
        assertThat(scale.levels()).extracting(Scale.Level::label).containsExactly("Beginning", "Developing", "Proficient", "Advanced");
        assertThat(scale.threshold().label()).isEqualTo("Proficient");
        assertThat(scale.masteryPoints()).isEqualTo(3.0);
    }

    @Test
    void cairnsFourLevelsReadInSpanishForASpanishReaderWithTheSamePointsAndColours() {
        Scale spanish = Scale.standard(Locale.forLanguageTag("es-MX"));
        assertThat(spanish.levels()).extracting(Scale.Level::label)
                .containsExactly("Inicial", "En desarrollo", "Competente", "Avanzado");
        assertThat(spanish.levels()).extracting(Scale.Level::points, Scale.Level::colour, Scale.Level::mastery)
                .isEqualTo(Scale.standard().levels().stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.points(),
                        l.colour(), l.mastery())).toList());
        assertThat(Scale.standard(Locale.FRENCH)).isEqualTo(Scale.standard());
    }

    @Test
    void scoresRoundToTheNearestLevelTiesUpAndAreClamped() {
        Scale scale = Scale.standard();
        assertThat(scale.levelFor(3.2983).label()).isEqualTo("Proficient");
        assertThat(scale.levelFor(3.5).label()).isEqualTo("Advanced");
        assertThat(scale.levelFor(2.49).label()).isEqualTo("Developing");
        assertThat(scale.levelFor(9).label()).isEqualTo("Advanced");
        assertThat(scale.levelFor(-1).label()).isEqualTo("Beginning");
    }

    @Test
    void refusesAScaleWithoutExactlyOneThreshold() {
        assertThatThrownBy(() -> new Scale(List.of(new Scale.Level(1, "A", "#fff", false), new Scale.Level(2, "B", "#000", false))))
                .hasMessageContaining("exactly one mastery threshold");
        assertThatThrownBy(() -> new Scale(List.of(new Scale.Level(1, "A", "#fff", true), new Scale.Level(1, "B", "#000", false))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
