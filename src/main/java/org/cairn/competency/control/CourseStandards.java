package org.cairn.competency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.competency.entity.CourseStandard;
import org.cairn.competency.entity.CourseStandardList;

/** A course's prioritized standards. Callers own the transaction. */
@ApplicationScoped
public class CourseStandards {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    public List<CourseStandard> ofCourse(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("CourseStandard.ofCourse", CourseStandard.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId).getResultList();
    }

    /** The row that stands for the course's list (and carries its version); none before the list's first save. */
    public Optional<CourseStandardList> list(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("CourseStandardList.ofCourse", CourseStandardList.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    /**
     * The same row, locked until the transaction ends: a save compares the version its page loaded with this one and
     * rewrites the list, so saves of one course's list take turns instead of overwriting each other's rows halfway.
     */
    public Optional<CourseStandardList> listLocked(UUID registrationId, UUID courseId) {
        return em.createNamedQuery("CourseStandardList.ofCourse", CourseStandardList.class)
                .setParameter("registrationId", registrationId).setParameter("courseId", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The list's first save: written at once, so two first saves meet on course_standard_list_once before anything else. */
    public CourseStandardList add(CourseStandardList list) {
        em.persist(list);
        em.flush();
        return list;
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
