package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public LevelOverride add(LevelOverride override) {
        em.persist(override);
        return override;
    }
}
