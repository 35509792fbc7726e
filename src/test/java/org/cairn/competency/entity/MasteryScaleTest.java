package org.cairn.competency.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MasteryScaleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Scale THREE = new Scale(List.of(new Scale.Level(1, "Not yet", "#f4c7c3", false),
            new Scale.Level(2, "Got it", "#b7e1cd", true), new Scale.Level(3, "Beyond", "#8fc1e3", false)));

    private static MasteryScale courseScale() {
        return new MasteryScale(UUID.randomUUID(), UUID.randomUUID(), "Three", THREE, NOW);
    }

    @Test
    void aDroppedCourseScaleKeepsItsRowWithoutLevelsAndCannotBeReadAsAScale() {
        MasteryScale scale = courseScale();
        scale.drop(NOW.plusSeconds(60));
        assertThat(scale.dropped()).isTrue();
        assertThatThrownBy(scale::scale).isInstanceOf(IllegalStateException.class).hasMessageContaining("dropped");
    }

    @Test
    void aDroppedCourseScaleSavedAgainIsInForceWithItsNewLevels() {
        MasteryScale scale = courseScale();
        scale.drop(NOW.plusSeconds(60));
        scale.change("Four", Scale.standard(), NOW.plusSeconds(120));
        assertThat(scale.dropped()).isFalse();
        assertThat(scale.name()).isEqualTo("Four");
        assertThat(scale.scale()).isEqualTo(Scale.standard());
    }

    @Test
    void theDistrictsDefaultIsNeverDropped() {
        MasteryScale district = new MasteryScale(UUID.randomUUID(), null, "District", THREE, NOW);
        assertThatThrownBy(() -> district.drop(NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only a course's own scale");
        assertThat(district.dropped()).isFalse();
        assertThat(district.scale()).isEqualTo(THREE);
    }
}
