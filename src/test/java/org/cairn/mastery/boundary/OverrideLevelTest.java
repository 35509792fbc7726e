package org.cairn.mastery.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.junit.jupiter.api.Test;

/** How a refused override names the levels it could have been: in the reader's language where they are Cairn's. */
class OverrideLevelTest {

    @Test
    void cairnsLevelsAreNamedInTheReadersLanguage() {
        Phrase problem = Phrase.of("mastery.problem.overrideNotALevel", "2.5",
                OverrideLevel.levelsNamed(Scale.standard(), true));

        assertThat(problem.in(Messages.SPANISH)).isEqualTo("un nivel fijado a mano debe ser un nivel de la escala; "
                + "2.5 no es ninguno de 1.0 Inicial, 2.0 En desarrollo, 3.0 Competente, 4.0 Avanzado");
        assertThat(problem.english()).isEqualTo("an override is a level of the scale; "
                + "2.5 is not one of 1.0 Beginning, 2.0 Developing, 3.0 Proficient, 4.0 Advanced");
    }

    @Test
    void aScaleOfItsOwnKeepsTheWordsItWasSavedWith() {
        Scale own = new Scale(List.of(new Scale.Level(1, "Not yet", "#eeeeee", false),
                new Scale.Level(3, "Got it", "#b7e1cd", true)));

        assertThat(OverrideLevel.levelsNamed(own, false).in(Messages.SPANISH)).isEqualTo("1.0 Not yet, 3.0 Got it");
    }
}
