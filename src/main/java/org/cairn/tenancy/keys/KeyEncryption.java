package org.cairn.tenancy.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals private keys for the database with AES-256-GCM. The AES key comes from the operator's secret
 * (cairn.keys.secret) through PBKDF2-HMAC-SHA256 with a random salt per sealed value; the key id is the
 * associated data, so a sealed key moved to another row does not open. Format:
 * {@code v1.<salt>.<iv>.<ciphertext+tag>} in unpadded base64url.
 */
public final class KeyEncryption {

    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final char[] secret;
    /** PBKDF2 is slow on purpose; a handful of salts exist, so each derived key is kept. */
    private final Map<ByteBuffer, SecretKey> derived = new ConcurrentHashMap<>();

    public KeyEncryption(String secret) {
        if (secret == null || secret.isBlank()) throw new IllegalArgumentException("The keys secret is empty");
        this.secret = secret.toCharArray();
    }

    public String seal(String plaintext, String kid) {
        byte[] salt = random(SALT_BYTES);
        byte[] iv = random(IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return "v1." + B64.encodeToString(salt) + "." + B64.encodeToString(iv) + "." + B64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Opens a sealed value; a wrong secret or a tampered value is a {@link KeySecretMismatch}. */
    public String open(String sealed, String kid) {
        String[] parts = sealed.split("\\.");
        if (parts.length != 4 || !"v1".equals(parts[0])) {
            throw new KeySecretMismatch(kid, "the stored private key is not in the v1 sealed format");
        }
        try {
            byte[] salt = B64D.decode(parts[1]);
            byte[] iv = B64D.decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(salt), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(B64D.decode(parts[3])), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new KeySecretMismatch(kid, "cairn.keys.secret does not open it (the secret changed, or the row was altered)");
        } catch (IllegalArgumentException e) {
            throw new KeySecretMismatch(kid, "the stored private key is not valid base64url");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private SecretKey key(byte[] salt) {
        return derived.computeIfAbsent(ByteBuffer.wrap(salt.clone()), s -> {
            try {
                PBEKeySpec spec = new PBEKeySpec(secret, salt, ITERATIONS, 256);
                byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                spec.clearPassword();
                return new SecretKeySpec(bytes, "AES");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
            }
        });
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
