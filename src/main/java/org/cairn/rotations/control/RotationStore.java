package org.cairn.rotations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.rotations.entity.CourseStation;
import org.cairn.rotations.entity.GroupMove;
import org.cairn.rotations.entity.KeptGrouping;
import org.cairn.rotations.entity.OwnAgenda;
import org.cairn.rotations.entity.PlannedRotation;
import org.cairn.rotations.entity.StudentId;

/** Stations, rotations, kept groupings, moves and own agendas. Finders are scoped by tenant and course. */
@ApplicationScoped
public class RotationStore {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public List<CourseStation> stations(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("CourseStation.ofCourse", CourseStation.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    /** A station of this course, retired or not (past rotations still name retired ones). */
    public Optional<CourseStation> station(UUID registrationId, UUID courseId, UUID id) {
        return Optional.ofNullable(em.find(CourseStation.class, id))
                .filter(s -> s.registrationId().equals(registrationId) && s.courseId().equals(courseId));
    }

    public List<PlannedRotation> rotations(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("PlannedRotation.ofCourse", PlannedRotation.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    public Optional<PlannedRotation> rotation(UUID registrationId, UUID courseId, UUID id) {
        return Optional.ofNullable(em.find(PlannedRotation.class, id))
                .filter(r -> r.registrationId().equals(registrationId) && r.courseId().equals(courseId));
    }

    /** Newest first. */
    public List<KeptGrouping> groupings(UUID rotationId) {
        return em.createNamedQuery("KeptGrouping.ofRotation", KeptGrouping.class).setParameter("rotationId", rotationId)
                .getResultList();
    }

    public Optional<KeptGrouping> currentGrouping(UUID rotationId) {
        return em.createNamedQuery("KeptGrouping.ofRotation", KeptGrouping.class).setParameter("rotationId", rotationId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public List<GroupMove> moves(UUID groupingId) {
        return em.createNamedQuery("GroupMove.ofGrouping", GroupMove.class).setParameter("groupingId", groupingId)
                .getResultList();
    }

    public List<OwnAgenda> ownAgendas(UUID rotationId) {
        return em.createNamedQuery("OwnAgenda.ofRotation", OwnAgenda.class).setParameter("rotationId", rotationId)
                .getResultList();
    }

    /**
     * A student's own agenda in a rotation, set or not, its row locked until the transaction ends: saves of it take
     * turns (instead of failing on its version), and one that carries the version its page loaded compares it here.
     */
    public Optional<OwnAgenda> ownAgendaLocked(UUID rotationId, StudentId student) {
        return em.createNamedQuery("OwnAgenda.ofStudent", OwnAgenda.class).setParameter("rotationId", rotationId)
                .setParameter("studentId", student.value()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Writes what changed now, so that an answer built before the commit carries the rows' new versions. */
    public void flush() {
        em.flush();
    }

    public void add(Object entity) {
        em.persist(entity);
        // Dependants (groupings, moves) point at rows EclipseLink cannot see as relations: write them in order.
        em.flush();
    }
}
