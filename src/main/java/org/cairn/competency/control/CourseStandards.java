package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.cairn.competency.entity.CourseStandard;

/** A course's prioritized standards. Callers own the transaction. */
@ApplicationScoped
public class CourseStandards {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public List<CourseStandard> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("CourseStandard.ofCourse", CourseStandard.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    public void remove(CourseStandard courseStandard) {
        em.remove(courseStandard);
    }

    /** Writes pending removals first, so a standard removed and chosen again in one save keeps its unique key. */
    public void flush() {
        em.flush();
    }

    public CourseStandard add(CourseStandard courseStandard) {
        em.persist(courseStandard);
        return courseStandard;
    }
}
