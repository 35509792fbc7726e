package org.cairn.mastery.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.cairn.mastery.control.MasteryCalculator;
import org.cairn.mastery.control.Observation;
import org.cairn.mastery.control.Outcome;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.Test;

/** The explanation as the API writes it: the same JSON strings, in the language of the caller's session. */
class ExplanationViewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final Instant RECORDED = Instant.parse("2026-10-09T15:00:00Z");

    private static Outcome highestWithACorrection() {
        var evidence = List.of(
                new Observation(UUID.randomUUID(), 2, DAY, RECORDED, EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED),
                new Observation(UUID.randomUUID(), 4, DAY.plusDays(1), RECORDED, EvidenceSource.ASSESSMENT,
                        EvidenceStatus.CORRECTED));
        return MasteryCalculator.calculate(MethodSettings.of(MethodKind.HIGHEST), Scale.standard(), evidence);
    }

    @Test
    void aSpanishSessionReadsTheStepsAndTheReasonsInSpanish() {
        MasteryJson.OutcomeView view = CourseMastery.outcome(highestWithACorrection(), Messages.supported("es-MX"));
        assertThat(view.steps()).containsExactly(
                "Puntuaciones en el orden en que se observaron: 2",
                "Puntuación más alta = max(2) = 2",
                "2 se redondea a Developing (2), por debajo del dominio (3)");
        assertThat(view.excluded()).extracting(MasteryJson.Excluded::reason).containsExactly("reemplazada por una corrección");
        assertThat(view.shownScore()).isEqualTo("2.00");
    }

    @Test
    void anEnglishSessionReadsThemInEnglish() {
        MasteryJson.OutcomeView view = CourseMastery.outcome(highestWithACorrection(), Messages.supported("en-US"));
        assertThat(view.steps()).containsExactly("Scores in order observed: 2", "Highest = max(2) = 2",
                "2 rounds to Developing (2), below mastery (3)");
        assertThat(view.excluded()).extracting(MasteryJson.Excluded::reason).containsExactly("superseded by a correction");
    }
}
