package org.cairn.tenancy.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.cairn.infra.config.Installation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cairn's signing keys for the rest of the application: the CURRENT private key to sign client assertions and
 * Deep Linking responses, and the public JWKS. Every node reads the same rows; the in-memory copy is kept for a
 * few seconds only, so a rotation on another node reaches this one quickly (the old key stays published).
 */
@ApplicationScoped
public class ToolKeys {

    private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);

    @Inject
    ToolKeyStore store;

    @Inject
    Installation installation;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cairn.keys.secret")
    Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "cairn.keys.size", defaultValue = "2048")
    int keySize;

    @Inject
    @ConfigProperty(name = "cairn.keys.rotation-period", defaultValue = "P90D")
    String rotationPeriod;

    @Inject
    @ConfigProperty(name = "cairn.keys.retired-grace", defaultValue = "P1D")
    String retiredGrace;

    private volatile KeyEncryption encryption;
    private volatile Snapshot snapshot;

    private record Snapshot(RSAKey signing, JWKSet published, List<KeyView> views, Instant loadedAt) {
    }

    /** A key as the operator admin shows it. */
    public record KeyView(String kid, ToolKeyState state, Instant createdAt, Instant signingSince,
                          Instant retiredAt, Instant unpublishAfter) {
    }

    /** Called once at start-up: resolves the secret (refusing production without one) and creates missing keys. */
    public void start() {
        encryption();
        for (int attempt = 1; ; attempt++) {
            try {
                if (store.createMissing(() -> fresh(ToolKeyState.CURRENT), () -> fresh(ToolKeyState.NEXT))) {
                    LOG.info("Created Cairn's missing tool keys");
                }
                break;
            } catch (RuntimeException e) {
                // Another node created them at the same moment: the unique slot refused ours. Read theirs.
                if (attempt >= 3) throw e;
                LOG.info(() -> "Tool keys were created concurrently by another node; reading them");
            }
        }
        Snapshot loaded = reload();
        LOG.info(() -> "Tool keys: signing with kid " + loaded.signing().getKeyID() + ", publishing "
                + loaded.views().stream().map(v -> v.kid() + " (" + v.state() + ")").toList());
    }

    /** The CURRENT key with its private part, for signing (RS256, its kid in the JWS header). */
    public RSAKey signingKey() {
        return snapshot().signing();
    }

    /** Every published key (CURRENT, NEXT, RETIRED in grace), public parts only. */
    public JWKSet publicJwks() {
        return snapshot().published();
    }

    public List<KeyView> keys() {
        return snapshot().views();
    }

    /** NEXT starts signing, CURRENT retires for the grace period, a new NEXT is published. */
    public void rotate(String actor) {
        store.rotate(fresh(ToolKeyState.NEXT), Duration.parse(retiredGrace), actor);
        Snapshot loaded = reload();
        LOG.info(() -> "Tool keys rotated by " + actor + ": now signing with kid " + loaded.signing().getKeyID());
    }

    /** Periodic upkeep: rotate when the period is over and drop retired keys whose grace has ended. */
    public void maintain() {
        KeyRing ring = new KeyRing(store.all());
        if (ring.rotationDue(clock.instant(), Duration.parse(rotationPeriod))) {
            rotate("scheduled rotation (cairn.keys.rotation-period " + rotationPeriod + ")");
        }
        if (store.removeExpired() > 0) reload();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(CACHE_FOR).isBefore(clock.instant())) {
            current = reload();
        }
        return current;
    }

    private synchronized Snapshot reload() {
        Instant now = clock.instant();
        KeyRing ring = new KeyRing(store.all());
        ToolKey current = ring.current().orElseThrow(() -> new IllegalStateException("Cairn has no CURRENT tool key"));
        List<JWK> published = new ArrayList<>();
        List<KeyView> views = new ArrayList<>();
        for (ToolKey key : ring.published(now)) {
            try {
                published.add(JWK.parse(key.publicJwk()).toPublicJWK());
            } catch (ParseException e) {
                throw new IllegalStateException("The stored public key " + key.kid() + " is not a JWK", e);
            }
            views.add(new KeyView(key.kid(), key.state(), key.createdAt(), key.signingSince().orElse(null),
                    key.retiredAt().orElse(null), key.unpublishAfter().orElse(null)));
        }
        RSAKey signing;
        try {
            signing = RSAKey.parse(encryption().open(current.sealedPrivateKey(), current.kid()));
        } catch (ParseException e) {
            throw new IllegalStateException("The stored private key " + current.kid() + " is not a JWK", e);
        }
        Snapshot loaded = new Snapshot(signing, new JWKSet(published), List.copyOf(views), now);
        snapshot = loaded;
        return loaded;
    }

    private KeyEncryption encryption() {
        KeyEncryption result = encryption;
        if (result == null) {
            synchronized (this) {
                if (encryption == null) {
                    encryption = new KeyEncryption(KeySecret.resolve(configuredSecret, installation.mode(),
                            Path.of("data", "keys.secret")));
                }
                result = encryption;
            }
        }
        return result;
    }

    private ToolKey fresh(ToolKeyState state) {
        try {
            RSAKey generated = new RSAKeyGenerator(keySize).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            String kid = generated.computeThumbprint().toString();
            RSAKey key = new RSAKey.Builder(generated).keyID(kid).build();
            String sealed = encryption().seal(key.toJSONString(), kid);
            String publicJwk = key.toPublicJWK().toJSONString();
            return state == ToolKeyState.CURRENT ? ToolKey.current(kid, publicJwk, sealed, clock.instant())
                    : ToolKey.next(kid, publicJwk, sealed, clock.instant());
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA key", e);
        }
    }
}
