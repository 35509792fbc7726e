package org.cairn.infra.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaleSaveTest {

    @Test
    void aSaveFromAPageThatSawTheCurrentVersionGoesThrough() {
        assertThatCode(() -> StaleSave.refuseUnless(3L, 3)).doesNotThrowAnyException();
        assertThatCode(() -> StaleSave.refuseUnless(0L, 0)).as("a row not made yet has version 0")
                .doesNotThrowAnyException();
    }

    @Test
    void aSaveThatSendsNoVersionIsNotCheckedHere() {
        assertThatCode(() -> StaleSave.refuseUnless(null, 7)).doesNotThrowAnyException();
    }

    @Test
    void aSaveFromAPageOpenedBeforeAnotherSaveIsRefusedAsASimultaneousSave() {
        for (long[] pair : new long[][] {{2, 3}, {0, 1}, {4, 3}}) {
            ProblemException refused = catchThrowableOfType(() -> StaleSave.refuseUnless(pair[0], pair[1]),
                    ProblemException.class);
            assertThat(refused).as("sent %d, stored %d", pair[0], pair[1]).isNotNull();
            Problem problem = refused.problem();
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT.uri());
            assertThat(problem.extensions()).containsEntry("reason", "simultaneous-save");
            assertThat(problem.detail()).contains("Reload", "save yours again");
            assertThat(problem.in(Locale.forLanguageTag("es")).detail()).contains("Recarga");
        }
    }

    @Test
    void itIsTheSameProblemAsASaveThatLostItsVersionCheckAtTheSameMoment() {
        Problem atOnce = UnexpectedErrorMapper.problemFor(new jakarta.persistence.OptimisticLockException());
        assertThat(StaleSave.problem()).isEqualTo(atOnce);
    }
}
