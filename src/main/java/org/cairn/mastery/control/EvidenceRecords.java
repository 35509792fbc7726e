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

    /**
     * Every piece of a course as plain values, not managed entities: a course rebuild reads tens of thousands, and
     * managed ones would make every later flush of the transaction walk them all.
     */
    public List<StudentEvidence> observationsOfCourse(UUID registrationId, UUID courseId) {
        List<Object[]> found = em.createQuery("SELECT e.studentId, e.standardId, e.id, e.points, e.observedOn, e.recordedAt,"
                        + " e.source, e.status FROM Evidence e WHERE e.registrationId = :registrationId AND e.courseId = :courseId",
                        Object[].class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
        var observations = new java.util.ArrayList<StudentEvidence>(found.size());
        for (Object[] row : found) {
            observations.add(new StudentEvidence((UUID) row[0], (UUID) row[1], new Observation((UUID) row[2],
                    ((Number) row[3]).doubleValue(), (java.time.LocalDate) row[4], (java.time.Instant) row[5],
                    (org.cairn.mastery.entity.EvidenceSource) row[6], (org.cairn.mastery.entity.EvidenceStatus) row[7])));
        }
        return observations;
    }

    public static Observation observation(Evidence e) {
        return new Observation(e.id(), e.points(), e.observedOn(), e.recordedAt(), e.source(), e.status());
    }
}
