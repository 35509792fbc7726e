package org.cairn.mastery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairn.competency.entity.Scale;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.Test;

/** "Explain my level" in the reader's language: the same calculation, the same numbers, the reader's words. */
class MasteryStepsLanguageTest {

    private static final Scale SCALE = Scale.standard();
    /** Starts at zero, so the power law shifts its scores (" + 1" and " − 1" in its steps). */
    private static final Scale FROM_ZERO = new Scale(List.of(new Scale.Level(0, "Not yet", "#eeeeee", false),
            new Scale.Level(1, "Almost", "#fce8b2", false), new Scale.Level(2, "Got it", "#b7e1cd", true),
            new Scale.Level(3, "Beyond", "#8fc1e3", false)));

    @Test
    void aSpanishReaderReadsTheStepsInSpanishWithTheSameNumbers() {
        Outcome average = MasteryCalculator.calculate(MethodSettings.of(MethodKind.AVERAGE), SCALE, Evidence.daily(3, 2));
        assertThat(average.stepsIn(Messages.SPANISH)).containsExactly(
                "Puntuaciones en el orden en que se observaron: 3, 2",
                "Promedio = (3 + 2) / 2 = 2.5",
                "2.5 se redondea a Proficient (3), con dominio");
        assertThat(average.englishSteps()).containsExactly(
                "Scores in order observed: 3, 2",
                "Average = (3 + 2) / 2 = 2.5",
                "2.5 rounds to Proficient (3), at mastery");

        Outcome below = MasteryCalculator.calculate(MethodSettings.of(MethodKind.WEIGHTED_AVERAGE), SCALE,
                Evidence.daily(1, 2));
        assertThat(below.stepsIn(Messages.SPANISH)).containsExactly(
                "Puntuaciones en el orden en que se observaron: 1, 2",
                "Media de las puntuaciones anteriores = (1) / 1 = 1",
                "Promedio ponderado = 2 × 0.65 + 1 × 0.35 = 1.65",
                "1.65 se redondea a Developing (2), por debajo del dominio (3)");

        assertThat(MasteryCalculator.calculate(MethodSettings.of(MethodKind.N_TIMES), SCALE, Evidence.daily(3, 4))
                .stepsIn(Messages.SPANISH)).containsExactly(
                "Puntuaciones en el orden en que se observaron: 3, 4",
                "2 de las 3 puntuaciones necesarias en el nivel de dominio (3) o por encima, así que todavía no hay nivel");
    }

    @Test
    void aSpanishReaderReadsWhyEvidenceWasLeftOutInSpanish() {
        var evidence = List.of(Evidence.on(Evidence.START, 2),
                Evidence.of(Evidence.START.plusDays(1), 4, EvidenceSource.OUT_OF_SCHOOL, EvidenceStatus.PENDING_VALIDATION),
                Evidence.of(Evidence.START.plusDays(2), 4, EvidenceSource.OUT_OF_SCHOOL, EvidenceStatus.REJECTED),
                Evidence.of(Evidence.START.plusDays(3), 4, EvidenceSource.ASSESSMENT, EvidenceStatus.CORRECTED),
                Evidence.of(Evidence.START.plusDays(4), 4, EvidenceSource.SELF_ASSESSMENT, EvidenceStatus.RECORDED),
                Evidence.of(Evidence.START.plusDays(5), 5, EvidenceSource.ASSESSMENT, EvidenceStatus.RECORDED));
        Outcome outcome = MasteryCalculator.calculate(MethodSettings.of(MethodKind.HIGHEST), SCALE, evidence);
        assertThat(outcome.excluded()).extracting(x -> x.reasonIn(Messages.SPANISH)).containsExactly(
                "evidencia de fuera de la escuela que un docente aún no ha validado",
                "no aceptada por un docente",
                "reemplazada por una corrección",
                "autoevaluación (no se incluye en este curso o estándar)",
                "puntuación 5 fuera de la escala 1–4");
        assertThat(outcome.excluded().get(4).englishReason()).isEqualTo("points 5 outside the scale 1–4");
    }

    @Test
    void aReaderOfAnotherLanguageReadsEnglish() {
        Outcome outcome = MasteryCalculator.calculate(MethodSettings.of(MethodKind.MODE), SCALE, Evidence.daily(2, 3, 2));
        assertThat(outcome.stepsIn(Locale.FRENCH)).isEqualTo(outcome.englishSteps())
                .contains("Mode: counts 2 × 2, 3 × 1; most frequent (ties to the higher) = 2");
    }

    @Test
    void everyStepOfEveryMethodReadsInSpanishWithTheEnglishNumbersInTheSameOrder() {
        var phrases = new ArrayList<Phrase>();
        List<List<Observation>> records = List.of(List.of(), Evidence.daily(3), Evidence.daily(1, 2, 3, 4),
                Evidence.daily(1, 4, 4, 4, 4), Evidence.daily(2, 1.5, 1), Evidence.daily(4, 4, 4, 1),
                List.of(Evidence.of(Evidence.START, 2, EvidenceSource.SELF_ASSESSMENT, EvidenceStatus.RECORDED),
                        Evidence.on(Evidence.START, 0.5)));
        for (MethodKind kind : MethodKind.values()) {
            for (List<Observation> record : records) {
                for (Scale scale : List.of(SCALE, FROM_ZERO)) {
                    Outcome outcome = MasteryCalculator.calculate(MethodSettings.of(kind), scale, record);
                    phrases.addAll(outcome.steps());
                    outcome.excluded().forEach(x -> phrases.add(x.reason()));
                }
            }
        }
        assertThat(phrases).extracting(Phrase::key).contains("mastery.server.step.leastSquares",
                "mastery.server.step.predictedClamped", "mastery.server.step.nTimes",
                "mastery.server.step.roundsBelowMastery", "mastery.server.excluded.offScale",
                "mastery.server.excluded.selfAssessment");
        for (Phrase phrase : phrases) {
            assertThat(Messages.forLocale(Messages.SPANISH).find(phrase.key())).as(phrase.key()).isPresent();
            String english = phrase.english();
            String spanish = phrase.in(Messages.SPANISH);
            assertThat(numbers(spanish)).as("%s | %s", english, spanish).isEqualTo(numbers(english));
            assertThat(spanish).as(phrase.key()).doesNotContain("{");
            if (!phrase.key().startsWith("mastery.server.step.decaying")) {
                assertThat(spanish).as(phrase.key()).isNotEqualTo(english);
            }
        }
    }

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:[.,][0-9]+)?");

    private static List<String> numbers(String text) {
        var out = new ArrayList<String>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
