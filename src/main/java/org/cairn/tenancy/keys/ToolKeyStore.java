package org.cairn.tenancy.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.cairn.infra.persistence.AuditLog;

/** The tool_key rows, each change in its own transaction so a lost race on another node fails cleanly. */
@ApplicationScoped
public class ToolKeyStore {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public List<ToolKey> all() {
        return em.createNamedQuery("ToolKey.all", ToolKey.class).getResultList();
    }

    /** Creates CURRENT and NEXT when missing; the slot's unique constraint refuses a concurrent duplicate. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean createMissing(Supplier<ToolKey> freshCurrent, Supplier<ToolKey> freshNext) {
        KeyRing ring = new KeyRing(all());
        boolean created = false;
        if (ring.current().isEmpty()) {
            if (ring.next().isPresent()) {
                // A NEXT without a CURRENT (an interrupted rotation): it is already published, let it sign.
                ring.rotate(clock.instant(), Duration.ZERO, freshNext.get(), this::write);
                audit.record("tool-key.promoted", ring.current().orElseThrow().kid(), "no CURRENT key was found", "system");
                return true;
            }
            ToolKey current = freshCurrent.get();
            em.persist(current);
            em.flush();
            audit.record("tool-key.created", current.kid(), "first CURRENT key", "system");
            created = true;
        }
        if (ring.next().isEmpty()) {
            ToolKey next = freshNext.get();
            em.persist(next);
            em.flush();
            audit.record("tool-key.created", next.kid(), "NEXT key", "system");
            created = true;
        }
        return created;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rotate(ToolKey freshNext, Duration grace, String actor) {
        KeyRing ring = new KeyRing(all());
        Instant now = clock.instant();
        String retired = ring.current().map(ToolKey::kid).orElse("-");
        ring.rotate(now, grace, freshNext, this::write);
        audit.record("tool-key.rotated", ring.current().orElseThrow().kid(),
                "retired " + retired + " (published until " + now.plus(grace) + "), new NEXT " + freshNext.kid(), actor);
    }

    /** Retired keys past their grace period leave the JWKS and the database. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeExpired() {
        List<ToolKey> expired = new KeyRing(all()).expired(clock.instant());
        for (ToolKey key : expired) {
            em.remove(key);
            audit.record("tool-key.removed", key.kid(), "grace period over", "system");
        }
        return expired.size();
    }

    /** Slots are unique: flush each change before the next so the retired key frees CURRENT first. */
    private void write(ToolKey key) {
        if (em.contains(key)) {
            em.flush();
        } else {
            em.persist(key);
            em.flush();
        }
    }
}
