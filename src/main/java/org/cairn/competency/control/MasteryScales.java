package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.MasteryScale;
import org.cairn.competency.entity.Scale;

/** Mastery scales: a course's override, else the tenant's default, else Cairn's standard four levels. */
@ApplicationScoped
public class MasteryScales {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    /** The scale to calculate with: Cairn's four levels are labelled in English here (labels do not count). */
    public Scale forCourse(UUID registrationId, UUID courseId) {
        return forCourse(registrationId, courseId, Locale.ENGLISH);
    }

    /**
     * The scale as a reader sees it: Cairn's four levels labelled in the reader's language; a course's or the
     * tenant's own scale in the words it was saved with.
     */
    public Scale forCourse(UUID registrationId, UUID courseId, Locale reader) {
        return ofCourse(registrationId, courseId).or(() -> tenantDefault(registrationId))
                .map(MasteryScale::scale).orElseGet(() -> Scale.standard(reader));
    }

    /** Whether the course uses Cairn's four levels: it has no scale of its own and its tenant no default. */
    public boolean usesCairnsLevels(UUID registrationId, UUID courseId) {
        return ofCourse(registrationId, courseId).or(() -> tenantDefault(registrationId)).isEmpty();
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
