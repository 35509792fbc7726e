package org.cairn.rotations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OwnAgendaTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final UUID TEACHER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final StudentId eli = StudentId.of("s-eli");

    @Test
    void aStudentFollowingTheirGroupAgainHasNoStationsOfTheirOwn() {
        OwnAgenda agenda = new OwnAgenda(UUID.randomUUID(), eli, List.of("a", "b", "a"), TEACHER, NOW);
        assertThat(agenda.followsGroup()).isFalse();
        agenda.followGroup(TEACHER, NOW.plusSeconds(60));
        assertThat(agenda.followsGroup()).isTrue();
        assertThat(agenda.stations()).isEmpty();
        assertThat(agenda.student()).isEqualTo(eli);
    }

    @Test
    void anAgendaSetAgainAfterFollowingTheGroupHasItsNewStations() {
        OwnAgenda agenda = new OwnAgenda(UUID.randomUUID(), eli, List.of("a", "b", "a"), TEACHER, NOW);
        agenda.followGroup(TEACHER, NOW.plusSeconds(60));
        agenda.change(List.of("c", "c", "b"), TEACHER, NOW.plusSeconds(120));
        assertThat(agenda.followsGroup()).isFalse();
        assertThat(agenda.stations()).containsExactly("c", "c", "b");
    }

    @Test
    void anAgendaWithoutStationsIsNotSetButFollowed() {
        assertThatThrownBy(() -> new OwnAgenda(UUID.randomUUID(), eli, List.of(), TEACHER, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followGroup");
    }
}
