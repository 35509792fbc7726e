package org.cairn.mastery.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.mastery.entity.Evidence;
import org.cairn.mastery.entity.EvidenceSource;
import org.cairn.mastery.entity.EvidenceStatus;
import org.cairn.mastery.entity.MethodKind;
import org.cairn.mastery.entity.MethodSettings;
import org.junit.jupiter.api.Test;

/** The domain's refusals reach the teacher as problems in the page's language, with the English unchanged. */
class MasteryRefusedTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void aMethodsParameterOffItsRangeReadsInSpanish() {
        var refused = catchThrowableOfType(MasteryRefused.class,
                () -> MasteryRefused.guard(() -> MethodSettings.of(MethodKind.WEIGHTED_AVERAGE).withWeight(2)));

        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.getMessage()).isEqualTo("weight must be in [0, 1], was 2.0");
        var spanish = refused.problem().in(Messages.SPANISH);
        assertThat(spanish.detail()).isEqualTo("el peso (weight) debe estar en [0, 1]; se recibió 2.0");
        assertThat(spanish.title()).isEqualTo("La solicitud sobre el dominio no es válida");
    }

    @Test
    void decidingOnEvidenceThatIsNotWaitingIsAConflictNamingItsStatusInSpanish() {
        Evidence recorded = evidence(EvidenceSource.ASSESSMENT);

        var refused = catchThrowableOfType(MasteryRefused.class, () -> MasteryRefused.guard(() -> {
            recorded.validate("teacher", null, NOW);
            return recorded;
        }));

        assertThat(refused.problem().status()).isEqualTo(409);
        assertThat(refused.getMessage()).isEqualTo("evidence " + recorded.id() + " is RECORDED, not waiting for validation");
        assertThat(refused.problem().in(Messages.SPANISH).detail())
                .isEqualTo("la evidencia " + recorded.id() + " está registrada; no está esperando validación");
    }

    @Test
    void anOverrideWithoutANoteReadsInSpanish() {
        var refused = catchThrowableOfType(MasteryRefused.class, () -> MasteryRefused.guard(() ->
                new org.cairn.mastery.entity.LevelOverride(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), 3, " ", "teacher", NOW)));

        assertThat(refused.getMessage()).isEqualTo("an override needs a note saying why");
        assertThat(refused.problem().in(Messages.SPANISH).detail())
                .isEqualTo("un nivel fijado a mano necesita una nota que diga por qué");
    }

    @Test
    void missingEvidenceReadsInSpanish() {
        UUID id = UUID.randomUUID();
        var spanish = new EvidenceNotFound(id).problem().in(Messages.SPANISH);

        assertThat(spanish.detail()).isEqualTo("no existe la evidencia " + id);
        assertThat(spanish.title()).isEqualTo("Evidencia no encontrada");
    }

    @Test
    void everySourceAndStatusHasItsWordInBothLanguages() {
        for (var messages : new Messages[] {Messages.forLocale(Messages.ENGLISH), Messages.forLocale(Messages.SPANISH)}) {
            for (EvidenceSource source : EvidenceSource.values()) {
                assertThat(messages.find("mastery.problem.source." + source.name())).as(source.name()).isPresent();
            }
            for (EvidenceStatus status : EvidenceStatus.values()) {
                assertThat(messages.find("mastery.problem.status." + status.name())).as(status.name()).isPresent();
            }
        }
    }

    private static Evidence evidence(EvidenceSource source) {
        return new Evidence(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 3, DAY, source,
                "teacher", null, null, NOW);
    }
}
