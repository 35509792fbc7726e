package org.cairn.infra.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuntimeModeTest {

    @Test
    void autoMeansDevelopmentOnTheEmbeddedDatabase() {
        assertThat(RuntimeMode.resolve("auto", "jdbc:h2:file:./data/cairn")).isEqualTo(RuntimeMode.DEVELOPMENT);
    }

    @Test
    void autoMeansProductionOnPostgresql() {
        assertThat(RuntimeMode.resolve("auto", "jdbc:postgresql://db/cairn")).isEqualTo(RuntimeMode.PRODUCTION);
    }

    @Test
    void anExplicitModeWinsOverTheDatabase() {
        assertThat(RuntimeMode.resolve("production", "jdbc:h2:mem:x")).isEqualTo(RuntimeMode.PRODUCTION);
        assertThat(RuntimeMode.resolve("Development", "jdbc:postgresql://db/cairn")).isEqualTo(RuntimeMode.DEVELOPMENT);
    }

    @Test
    void rejectsAnUnknownModeNamingIt() {
        assertThatThrownBy(() -> RuntimeMode.resolve("staging", "jdbc:h2:mem:x"))
                .hasMessageContaining("'staging'");
    }
}
