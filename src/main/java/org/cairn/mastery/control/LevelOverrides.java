package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.mastery.entity.LevelOverride;

/** Teachers' overrides of calculated levels. Callers own the transaction. */
@ApplicationScoped
public class LevelOverrides {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<LevelOverride> active(UUID courseId, UUID studentId, UUID standardId) {
        return em.createNamedQuery("LevelOverride.active", LevelOverride.class).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId)
                .getResultStream().findFirst();
    }

    public List<LevelOverride> activeOfCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("LevelOverride.activeOfCourse", LevelOverride.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    /**
     * Withdraws every override in force on the pair except {@code keep} (null: all) in one UPDATE, without the
     * entities' version check: withdrawing is idempotent, so a simultaneous request that withdrew the same one is
     * no conflict. Pending changes are flushed first so a new override being kept is in the table. Returns how
     * many it withdrew.
     */
    public int withdrawActive(UUID courseId, UUID studentId, UUID standardId, UUID keep, String by, Instant now) {
        em.flush();
        return em.createQuery("UPDATE LevelOverride o SET o.withdrawnBy = :by, o.withdrawnAt = :now,"
                        + " o.version = o.version + 1 WHERE o.courseId = :courseId AND o.studentId = :studentId"
                        + " AND o.standardId = :standardId AND o.withdrawnAt IS NULL AND o.id <> :keep")
                .setParameter("by", by).setParameter("now", now).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId)
                .setParameter("keep", keep == null ? new UUID(0, 0) : keep).executeUpdate();
    }

    public LevelOverride add(LevelOverride override) {
        em.persist(override);
        return override;
    }
}
