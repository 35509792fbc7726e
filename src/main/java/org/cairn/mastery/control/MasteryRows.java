package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.mastery.entity.Mastery;

/** The derived mastery table. Callers own the transaction. */
@ApplicationScoped
public class MasteryRows {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public Optional<Mastery> find(UUID courseId, UUID studentId, UUID standardId) {
        return em.createNamedQuery("Mastery.of", Mastery.class).setParameter("courseId", courseId)
                .setParameter("studentId", studentId).setParameter("standardId", standardId)
                .getResultStream().findFirst();
    }

    public Mastery add(Mastery mastery) {
        em.persist(mastery);
        return mastery;
    }

    public List<Mastery> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("Mastery.ofCourse", Mastery.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).getResultList();
    }

    /** The levels of a course as plain values (no managed entities to build and track): what a heatmap reads. */
    public List<StudentLevel> levelsOfCourse(UUID registrationId, UUID courseId) {
        return em.createQuery("SELECT m.studentId, m.standardId, m.levelPoints, m.evidenceCount, m.overridden FROM Mastery m"
                        + " WHERE m.registrationId = :registrationId AND m.courseId = :courseId", Object[].class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList().stream()
                .map(r -> new StudentLevel((UUID) r[0], (UUID) r[1], r[2] == null ? null : ((Number) r[2]).doubleValue(),
                        ((Number) r[3]).intValue(), (Boolean) r[4]))
                .toList();
    }

    public List<Mastery> ofStudent(UUID registrationId, UUID courseId, UUID studentId) {
        return em.createNamedQuery("Mastery.ofStudent", Mastery.class).setParameter("registrationId", registrationId)
                .setParameter("courseId", courseId).setParameter("studentId", studentId).getResultList();
    }
}
