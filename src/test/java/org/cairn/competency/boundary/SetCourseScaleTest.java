package org.cairn.competency.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

class SetCourseScaleTest {

    @Test
    void cairnsFourLevelsAreNamedAndLabelledInTheReadersLanguage() {
        var english = SetCourseScale.cairns(Messages.ENGLISH, 0);
        assertThat(english.name()).isEqualTo("Cairn's four levels");
        assertThat(english.origin()).isEqualTo(SetCourseScale.Origin.DEFAULT);
        assertThat(english.scale()).isEqualTo(Scale.standard());

        var spanish = SetCourseScale.cairns(Messages.SPANISH, 0);
        assertThat(spanish.name()).isEqualTo("Los cuatro niveles de Cairn");
        assertThat(spanish.scale().levels()).extracting(Scale.Level::label)
                .containsExactly("Inicial", "En desarrollo", "Competente", "Avanzado");
    }
}
