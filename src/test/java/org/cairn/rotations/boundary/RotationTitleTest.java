package org.cairn.rotations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.cairn.infra.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The title of a rotation the teacher gave none: in the teacher's language, the date as that language writes it. */
class RotationTitleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aSpanishSpeakingTeachersRotationIsNamedInSpanish() {
        assertThat(RotationPlanning.defaultTitle(DAY, Messages.SPANISH)).isEqualTo("Rotación del 7 de diciembre de 2026");
    }

    @Test
    void anEnglishSpeakingTeachersRotationIsNamedInEnglishAsIsAnyOtherLanguage() {
        assertThat(RotationPlanning.defaultTitle(DAY, Messages.ENGLISH)).isEqualTo("Rotation December 7, 2026");
        assertThat(RotationPlanning.defaultTitle(DAY, Locale.FRENCH)).isEqualTo("Rotation December 7, 2026");
    }
}
