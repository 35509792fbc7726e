package org.cairn.mastery.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cairn.infra.i18n.Messages;
import org.cairn.infra.i18n.Phrase;
import org.junit.jupiter.api.Test;

class DistrictRecomputeTest {

    private static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void aRunHeardFromRecentlyIsAliveAndOneSilentForTenMinutesIsAbandoned() {
        DistrictRecompute run = DistrictRecompute.first(TENANT, NOON);
        run.progress(10, 3, 30, 30, List.of(), NOON.plusSeconds(60));

        assertThat(run.isAliveAt(NOON.plusSeconds(60).plus(Duration.ofMinutes(9)))).isTrue();
        assertThat(run.isAliveAt(NOON.plusSeconds(60).plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void aFinishedOrFailedRunIsNotAlive() {
        DistrictRecompute done = DistrictRecompute.first(TENANT, NOON);
        done.finish(NOON.plusSeconds(5));
        DistrictRecompute failed = DistrictRecompute.first(TENANT, NOON);
        failed.fail(Phrase.of("mastery.server.recomputeStopped", "IllegalStateException"), NOON.plusSeconds(5));

        assertThat(done.isAliveAt(NOON.plusSeconds(6))).isFalse();
        assertThat(done.status()).isEqualTo(DistrictRecomputeStatus.DONE);
        assertThat(failed.isAliveAt(NOON.plusSeconds(6))).isFalse();
        assertThat(failed.message()).hasValueSatisfying(m -> {
            assertThat(m.english()).startsWith("The recompute stopped (IllegalStateException): the courses already walked");
            assertThat(m.in(Messages.SPANISH)).startsWith("El recálculo se detuvo (IllegalStateException): los cursos");
        });
    }

    @Test
    void aRestartForgetsTheLastRunsFigures() {
        DistrictRecompute run = DistrictRecompute.first(TENANT, NOON);
        run.progress(10, 10, 300, 12, List.of(UUID.randomUUID()), NOON.plusSeconds(60));
        run.finish(NOON.plusSeconds(60));

        run.restart(NOON.plusSeconds(120));

        assertThat(run.status()).isEqualTo(DistrictRecomputeStatus.RUNNING);
        assertThat(run.coursesDone()).isZero();
        assertThat(run.written()).isZero();
        assertThat(run.failedCourses()).isEmpty();
        assertThat(run.finishedAt()).isNull();
        assertThat(run.startedAt()).isEqualTo(NOON.plusSeconds(120));
    }

    @Test
    void keepsTwentyFailedCoursesInOrder() {
        List<UUID> failed = IntStream.range(0, 25).mapToObj(i -> new UUID(0, i)).toList();
        DistrictRecompute run = DistrictRecompute.first(TENANT, NOON);

        run.progress(30, 30, 0, 0, failed, NOON);

        assertThat(run.failedCourses()).containsExactlyElementsOf(failed.subList(0, DistrictRecompute.FAILURES_KEPT));
    }
}
