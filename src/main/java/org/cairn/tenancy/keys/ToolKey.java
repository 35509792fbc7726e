package org.cairn.tenancy.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One of Cairn's key pairs: the public JWK as published and the private key sealed with the keys secret. */
@Entity
@Table(name = "tool_key")
@NamedQuery(name = "ToolKey.all", query = "SELECT k FROM ToolKey k ORDER BY k.createdAt")
public class ToolKey {

    @Id
    private UUID id;

    @Column(name = "kid", nullable = false)
    private String kid;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ToolKeyState state;

    /** The state while NEXT or CURRENT, NULL once retired: a unique column, so one of each at most. */
    @Column(name = "slot")
    private String slot;

    @Column(name = "public_jwk", nullable = false)
    private String publicJwk;

    @Column(name = "private_key", nullable = false)
    private String sealedPrivateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "signing_since")
    private Instant signingSince;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "unpublish_after")
    private Instant unpublishAfter;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ToolKey() {
        // JPA
    }

    private ToolKey(String kid, ToolKeyState state, String publicJwk, String sealedPrivateKey, Instant now) {
        this.id = UUID.randomUUID();
        this.kid = Objects.requireNonNull(kid);
        this.state = state;
        this.slot = state.name();
        this.publicJwk = Objects.requireNonNull(publicJwk);
        this.sealedPrivateKey = Objects.requireNonNull(sealedPrivateKey);
        this.createdAt = now;
        if (state == ToolKeyState.CURRENT) this.signingSince = now;
    }

    /** A new key published ahead of its use. */
    public static ToolKey next(String kid, String publicJwk, String sealedPrivateKey, Instant now) {
        return new ToolKey(kid, ToolKeyState.NEXT, publicJwk, sealedPrivateKey, now);
    }

    /** The very first signing key of an install, which has no NEXT to promote. */
    public static ToolKey current(String kid, String publicJwk, String sealedPrivateKey, Instant now) {
        return new ToolKey(kid, ToolKeyState.CURRENT, publicJwk, sealedPrivateKey, now);
    }

    void promote(Instant now) {
        if (state != ToolKeyState.NEXT) throw new IllegalStateException("Only a NEXT key can start signing, " + kid + " is " + state);
        state = ToolKeyState.CURRENT;
        slot = state.name();
        signingSince = now;
    }

    void retire(Instant now, Duration grace) {
        if (state != ToolKeyState.CURRENT) throw new IllegalStateException("Only the CURRENT key retires, " + kid + " is " + state);
        state = ToolKeyState.RETIRED;
        slot = null;
        retiredAt = now;
        unpublishAfter = now.plus(grace);
    }

    /** A retired key whose grace period is over: nothing it signed is still valid. */
    public boolean isExpired(Instant now) {
        return state == ToolKeyState.RETIRED && unpublishAfter != null && !now.isBefore(unpublishAfter);
    }

    public UUID id() {
        return id;
    }

    public String kid() {
        return kid;
    }

    public ToolKeyState state() {
        return state;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public String sealedPrivateKey() {
        return sealedPrivateKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> signingSince() {
        return Optional.ofNullable(signingSince);
    }

    public Optional<Instant> retiredAt() {
        return Optional.ofNullable(retiredAt);
    }

    public Optional<Instant> unpublishAfter() {
        return Optional.ofNullable(unpublishAfter);
    }
}
