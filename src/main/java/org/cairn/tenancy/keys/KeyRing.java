package org.cairn.tenancy.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rotation state machine over the stored keys, free of storage and crypto so tests drive it directly.
 * 1EdTech Security Framework §6: a new key is published before it signs and an old one stays published
 * until what it signed can no longer be verified against it.
 */
public final class KeyRing {

    private final List<ToolKey> keys;

    public KeyRing(List<ToolKey> keys) {
        this.keys = new ArrayList<>(keys);
    }

    public Optional<ToolKey> current() {
        return inState(ToolKeyState.CURRENT);
    }

    public Optional<ToolKey> next() {
        return inState(ToolKeyState.NEXT);
    }

    private Optional<ToolKey> inState(ToolKeyState state) {
        return keys.stream().filter(k -> k.state() == state).findFirst();
    }

    /** Keys in the JWKS: CURRENT, NEXT, and RETIRED ones still in their grace period. */
    public List<ToolKey> published(Instant now) {
        return keys.stream().filter(k -> !k.isExpired(now)).toList();
    }

    /** Retired keys past their grace period, to delete. */
    public List<ToolKey> expired(Instant now) {
        return keys.stream().filter(k -> k.isExpired(now)).toList();
    }

    /** Whether the CURRENT key has signed for a whole rotation period (or there is no NEXT to fall back on). */
    public boolean rotationDue(Instant now, Duration period) {
        return current().map(c -> !c.signingSince().orElse(c.createdAt()).plus(period).isAfter(now)).orElse(false)
                && next().isPresent();
    }

    /**
     * NEXT becomes CURRENT, CURRENT becomes RETIRED for {@code grace}, and {@code freshNext} is the new NEXT.
     * {@code written} sees each changed key right after its change, so storage can write them one by one and
     * the unique slot never holds two keys. Returns the changed keys in that order.
     */
    public List<ToolKey> rotate(Instant now, Duration grace, ToolKey freshNext, java.util.function.Consumer<ToolKey> written) {
        ToolKey oldNext = next().orElseThrow(() -> new IllegalStateException("There is no NEXT key to rotate to"));
        if (freshNext.state() != ToolKeyState.NEXT) throw new IllegalArgumentException("The fresh key must be NEXT");
        List<ToolKey> changed = new ArrayList<>();
        current().ifPresent(c -> {
            c.retire(now, grace);
            written.accept(c);
            changed.add(c);
        });
        oldNext.promote(now);
        written.accept(oldNext);
        changed.add(oldNext);
        keys.add(freshNext);
        written.accept(freshNext);
        changed.add(freshNext);
        return changed;
    }
}
