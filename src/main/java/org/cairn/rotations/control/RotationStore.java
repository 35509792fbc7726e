package org.cairn.rotations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.rotations.entity.CourseStation;
import org.cairn.rotations.entity.GroupMove;
import org.cairn.rotations.entity.KeptGrouping;
import org.cairn.rotations.entity.OwnAgenda;
import org.cairn.rotations.entity.PlannedRotation;

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

    public void add(Object entity) {
        em.persist(entity);
        // Dependants (groupings, moves) point at rows EclipseLink cannot see as relations: write them in order.
        em.flush();
    }

    public void remove(OwnAgenda agenda) {
        em.remove(agenda);
    }
}
