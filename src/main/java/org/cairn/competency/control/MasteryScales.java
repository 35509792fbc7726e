package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.MasteryScale;
import org.cairn.competency.entity.Scale;

/** Mastery scales: a course's override, else the tenant's default, else Cairn's standard four levels. */
@ApplicationScoped
public class MasteryScales {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Scale forCourse(UUID registrationId, UUID courseId) {
        return ofCourse(registrationId, courseId).or(() -> tenantDefault(registrationId))
                .map(MasteryScale::scale).orElseGet(Scale::standard);
    }

    public Optional<MasteryScale> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("MasteryScale.ofCourse", MasteryScale.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    /**
     * The course's own scale, its row locked until the transaction ends: saving a scale rewrites its levels, and two
     * saves at once (two teachers, or the saves that lost the race to create it) would otherwise fail on its version.
     */
    public Optional<MasteryScale> ofCourseLocked(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("MasteryScale.ofCourse", MasteryScale.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<MasteryScale> tenantDefault(UUID registrationId) {
        return em.createNamedQuery("MasteryScale.tenantDefault", MasteryScale.class)
                .setParameter("registrationId", registrationId).getResultStream().findFirst();
    }

    public void remove(MasteryScale scale) {
        em.remove(scale);
        em.flush();
    }

    public MasteryScale add(MasteryScale scale) {
        em.persist(scale);
        return scale;
    }
}
