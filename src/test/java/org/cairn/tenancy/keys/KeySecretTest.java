package org.cairn.tenancy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.cairn.infra.config.RuntimeMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySecretTest {

    @TempDir
    Path folder;

    @Test
    void productionWithoutASecretRefusesToStart() {
        assertThatThrownBy(() -> KeySecret.resolve(Optional.empty(), RuntimeMode.PRODUCTION, folder.resolve("keys.secret")))
                .isInstanceOf(KeySecret.MissingKeySecret.class).hasMessageContaining("CAIRN_KEYS_SECRET");
        assertThat(folder.resolve("keys.secret")).doesNotExist();
    }

    @Test
    void developmentGeneratesAPrivateSecretFileAndReusesIt() throws Exception {
        Path file = folder.resolve("data/keys.secret");
        String first = KeySecret.resolve(Optional.empty(), RuntimeMode.DEVELOPMENT, file);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KeySecret.resolve(Optional.empty(), RuntimeMode.DEVELOPMENT, file)).isEqualTo(first);
    }

    @Test
    void aConfiguredSecretWins() {
        assertThat(KeySecret.resolve(Optional.of("configured-secret-value"), RuntimeMode.PRODUCTION, folder.resolve("x")))
                .isEqualTo("configured-secret-value");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> KeySecret.resolve(Optional.of("short"), RuntimeMode.PRODUCTION, folder.resolve("x")))
                .isInstanceOf(KeySecret.MissingKeySecret.class);
    }
}
