package org.cairn.tenancy.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    private final KeyEncryption encryption = new KeyEncryption("a long operator secret for tests");

    @Test
    void sealedPrivateKeyOpensWithTheSameSecret() {
        String sealed = encryption.seal("{\"kty\":\"RSA\",\"d\":\"private\"}", "kid-1");
        assertThat(sealed).startsWith("v1.").doesNotContain("private");
        assertThat(encryption.open(sealed, "kid-1")).isEqualTo("{\"kty\":\"RSA\",\"d\":\"private\"}");
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        assertThat(encryption.seal("same", "kid-1")).isNotEqualTo(encryption.seal("same", "kid-1"));
    }

    @Test
    void aWrongSecretIsRefusedWithTheKid() {
        String sealed = encryption.seal("secret key", "kid-1");
        assertThatThrownBy(() -> new KeyEncryption("another secret entirely").open(sealed, "kid-1"))
                .isInstanceOf(KeySecretMismatch.class).hasMessageContaining("kid-1").hasMessageContaining("cairn.keys.secret");
    }

    @Test
    void aSealedKeyMovedToAnotherKidDoesNotOpen() {
        String sealed = encryption.seal("secret key", "kid-1");
        assertThatThrownBy(() -> encryption.open(sealed, "kid-2")).isInstanceOf(KeySecretMismatch.class);
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = encryption.seal("secret key", "kid-1");
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> encryption.open(tampered, "kid-1")).isInstanceOf(KeySecretMismatch.class);
    }
}
