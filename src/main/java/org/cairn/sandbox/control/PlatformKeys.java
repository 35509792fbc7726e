package org.cairn.sandbox.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The sandbox platform's RSA signing keys (1EdTech Security Framework §6). The newest active key signs; a
 * rotation retires the current key after {@link #RETIRED_KEY_PUBLISHED} so that tokens it signed (five
 * minutes at most) still verify while tools refetch the JWKS.
 */
@ApplicationScoped
public class PlatformKeys {

    private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());
    static final Duration RETIRED_KEY_PUBLISHED = Duration.ofHours(1);

    @Inject
    SandboxTables tables;

    @Inject
    Clock clock;

    /**
     * The current key, parsed, with its signer: parsing a JWK (constant-time base64 of five big numbers) and building
     * the private key cost more than the signature itself. Every key change goes through this class, which drops it.
     */
    private volatile Signing current;

    private static final java.util.Base64.Encoder BASE64URL = java.util.Base64.getUrlEncoder().withoutPadding();

    private record Signing(RSAKey key, RSASSASigner signer) {
    }

    /** Makes the first key on the first start; later starts keep the stored keys. */
    public synchronized void ensureKey() {
        if (published().isEmpty()) {
            String kid = create();
            LOG.info(() -> "Sandbox platform key created, kid " + kid);
        }
    }

    /** A new signing key; the old one stays published for an hour. Returns the new kid. */
    public synchronized String rotate() {
        Instant now = clock.instant();
        tables.update("UPDATE sandbox_key SET retired_at = ? WHERE retired_at IS NULL",
                now.plus(RETIRED_KEY_PUBLISHED));
        String kid = create();
        LOG.info(() -> "Sandbox platform key rotated, new kid " + kid);
        return kid;
    }

    public JWKSet publicJwks() {
        return new JWKSet(published().stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
    }

    public String sign(JWTClaimsSet claims) {
        Signing signing = signing();
        RSAKey key = signing.key();
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build();
            // Encoded with the JDK: Nimbus's constant-time base64 (meant for secrets) of a 2-3 KB public payload
            // cost as much as the RSA signature. RFC 7515 §7.1: BASE64URL(header) '.' BASE64URL(payload).
            String signingInput = BASE64URL.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                    + BASE64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
            return signingInput + "." + signing.signer().sign(header, signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign with sandbox key " + key.getKeyID(), e);
        }
    }

    private Signing signing() {
        Signing signing = current;
        if (signing == null) {
            RSAKey key = signingKey();
            try {
                signing = new Signing(key, new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("Sandbox key " + key.getKeyID() + " cannot sign", e);
            }
            current = signing;
        }
        return signing;
    }

    RSAKey signingKey() {
        return tables.one("SELECT jwk FROM sandbox_key WHERE retired_at IS NULL ORDER BY created_at DESC",
                        row -> parse(row.getString("jwk")))
                .orElseGet(() -> {
                    ensureKey();
                    return signingKey();
                });
    }

    private List<RSAKey> published() {
        return tables.query("SELECT jwk FROM sandbox_key WHERE retired_at IS NULL OR retired_at > ? "
                + "ORDER BY created_at DESC", row -> parse(row.getString("jwk")), clock.instant());
    }

    private String create() {
        try {
            String kid = "sandbox-" + UUID.randomUUID();
            RSAKey key = new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
            tables.update("INSERT INTO sandbox_key (kid, jwk, created_at) VALUES (?, ?, ?)", kid,
                    key.toJSONString(), clock.instant());
            current = null;
            return kid;
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a sandbox key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored sandbox key is not a JWK", e);
        }
    }
}
