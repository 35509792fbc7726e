package org.cairn.roster.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.junit.jupiter.api.Test;

class RosterSyncTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration DIFFERENCES_MAX_AGE = Duration.ofHours(12);
    private static final Duration FULL_MAX_AGE = Duration.ofDays(1);
    private static final URI DIFFERENCES = URI.create("https://lms.example/api/courses/1/memberships?since=41");

    private final RosterSync sync = new RosterSync(UUID.randomUUID(), T0);

    /** A sync of the given plan that started at {@code at} and succeeded a minute later. */
    private void ran(RosterSync.Plan plan, Instant at, Optional<URI> offered) {
        sync.start(plan, at);
        sync.succeed(10, 0, offered, at.plusSeconds(60));
    }

    private RosterSync.Plan plan(Instant now) {
        return sync.plan(now, DIFFERENCES_MAX_AGE, FULL_MAX_AGE);
    }

    @Test
    void theFirstSyncReadsTheWholeRoster() {
        assertThat(plan(T0)).isEqualTo(RosterSync.Plan.full(FullSyncReason.NO_DIFFERENCES_URL));
    }

    @Test
    void theNextSyncReadsTheDifferencesUrlTheLastReadOffered() {
        ran(plan(T0), T0, Optional.of(DIFFERENCES));

        assertThat(plan(T0.plus(Duration.ofHours(2)))).isEqualTo(RosterSync.Plan.differences(DIFFERENCES));
        assertThat(sync.mode()).contains(RosterSyncMode.FULL);
        assertThat(sync.differencesObtainedAt()).as("when the read that offered it started").contains(T0);
    }

    @Test
    void aPlatformThatOffersNoDifferencesUrlGetsFullReads() {
        ran(plan(T0), T0, Optional.empty());

        assertThat(plan(T0.plusSeconds(3600)).fullReason()).isEqualTo(FullSyncReason.NO_DIFFERENCES_URL);
    }

    @Test
    void aDifferencesUrlOlderThanItsMaxAgeIsNotUsed() {
        ran(plan(T0), T0, Optional.of(DIFFERENCES));
        Instant later = T0.plus(Duration.ofHours(13));
        assertThat(plan(later).fullReason()).isEqualTo(FullSyncReason.DIFFERENCES_TOO_OLD);
    }

    @Test
    void theWholeRosterIsReadAgainOnceTheLastFullReadIsOlderThanItsMaxAge() {
        ran(plan(T0), T0, Optional.of(DIFFERENCES));
        Instant evening = T0.plus(Duration.ofHours(11));
        ran(plan(evening), evening, Optional.of(DIFFERENCES));
        assertThat(sync.mode()).contains(RosterSyncMode.DIFFERENCES);

        Instant nextMorning = T0.plus(Duration.ofHours(25));
        assertThat(plan(nextMorning).fullReason()).isEqualTo(FullSyncReason.FULL_SYNC_DUE);
    }

    @Test
    void aRequestedFullSyncWinsOverAFreshDifferencesUrlUntilOneSucceeds() {
        ran(plan(T0), T0, Optional.of(DIFFERENCES));
        sync.queue(T0.plusSeconds(600));
        sync.requestFull();

        RosterSync.Plan requested = plan(T0.plusSeconds(600));
        assertThat(requested.fullReason()).isEqualTo(FullSyncReason.REQUESTED);
        sync.start(requested, T0.plusSeconds(600));
        sync.fail(Phrase.of("roster.server.syncFailed", "IllegalStateException"), T0.plusSeconds(660));
        assertThat(plan(T0.plusSeconds(700)).fullReason()).isEqualTo(FullSyncReason.REQUESTED);

        ran(plan(T0.plusSeconds(700)), T0.plusSeconds(700), Optional.of(DIFFERENCES));
        assertThat(plan(T0.plusSeconds(900))).isEqualTo(RosterSync.Plan.differences(DIFFERENCES));
    }

    @Test
    void aFallBackIsRecordedAsAFullReadWithTheFailure() {
        ran(plan(T0), T0, Optional.of(DIFFERENCES));
        sync.start(plan(T0.plusSeconds(3600)), T0.plusSeconds(3600));

        sync.fallBackToFull(Phrase.of("roster.problem.membershipNotJson", "https://lms.example/m?p=2",
                "Unexpected character ('<' (code 60))"));
        sync.succeed(10, 0, Optional.of(DIFFERENCES), T0.plusSeconds(3660));

        assertThat(sync.mode()).contains(RosterSyncMode.FULL);
        assertThat(sync.fullReason()).contains(FullSyncReason.DIFFERENCES_FAILED);
        assertThat(sync.differencesFailure()).hasValueSatisfying(m -> {
            assertThat(m.english()).isEqualTo("The membership page https://lms.example/m?p=2 is not valid JSON: "
                    + "Unexpected character ('<' (code 60))");
            assertThat(m.in(Messages.SPANISH)).isEqualTo("La página de membresía https://lms.example/m?p=2 no es JSON "
                    + "válido: Unexpected character ('<' (code 60))");
        });
    }

    @Test
    void aFailureReadsInTheTeachersLanguageAndANewSyncForgetsIt() {
        sync.start(plan(T0), T0);
        sync.fail(Phrase.of("roster.server.syncFailed", "IllegalStateException"), T0.plusSeconds(60));

        assertThat(sync.message()).hasValueSatisfying(m -> assertThat(m.in(Messages.SPANISH)).isEqualTo("No se pudo "
                + "leer la lista de clase desde el LMS (IllegalStateException). Vuelve a intentarlo; si sigue fallando, "
                + "avisa a tu operador de Cairn."));
        sync.queue(T0.plusSeconds(120));
        assertThat(sync.message()).isEmpty();
    }

    @Test
    void aFailedSyncKeepsTheStoredDifferencesUrl() {
        ran(plan(T0), T0, Optional.of(DIFFERENCES));
        sync.start(plan(T0.plusSeconds(3600)), T0.plusSeconds(3600));

        sync.fail(Phrase.of("roster.server.syncFailed", "IllegalStateException"), T0.plusSeconds(3660));

        assertThat(sync.differencesUrl()).contains(DIFFERENCES);
    }

    @Test
    void aDifferencesUrlTooLongForItsColumnIsNotKept() {
        URI huge = URI.create("https://lms.example/m?since=" + "9".repeat(RosterSync.MAX_URL));
        ran(plan(T0), T0, Optional.of(huge));

        assertThat(sync.differencesUrl()).isEmpty();
        assertThat(plan(T0.plusSeconds(60)).fullReason()).isEqualTo(FullSyncReason.NO_DIFFERENCES_URL);
    }
}
