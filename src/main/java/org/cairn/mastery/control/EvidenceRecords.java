package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.mastery.entity.Evidence;

/** Finds and stores evidence, always within a tenant. Callers own the transaction. */
@ApplicationScoped
public class EvidenceRecords {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<Evidence> find(UUID registrationId, UUID id) {
        Evidence evidence = em.find(Evidence.class, id);
        return evidence != null && evidence.registrationId().equals(registrationId) ? Optional.of(evidence) : Optional.empty();
    }

    public Evidence add(Evidence evidence) {
        em.persist(evidence);
        return evidence;
    }

    /** Every piece, whatever its status: the calculation decides what counts and says why the rest does not. */
    public List<Evidence> of(UUID courseId, UUID studentId, UUID standardId) {
        return em.createNamedQuery("Evidence.ofStudentStandard", Evidence.class).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId).getResultList();
    }

    public List<Evidence> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("Evidence.ofCourse", Evidence.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).getResultList();
    }

    public List<Evidence> ofStudent(UUID registrationId, UUID courseId, UUID studentId) {
        return em.createNamedQuery("Evidence.ofStudent", Evidence.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).setParameter("studentId", studentId).getResultList();
    }

    public List<Evidence> pendingOfCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("Evidence.pendingOfCourse", Evidence.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    public static Observation observation(Evidence e) {
        return new Observation(e.id(), e.points(), e.observedOn(), e.recordedAt(), e.source(), e.status());
    }
}
