package org.cairn.mastery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.cairn.roster.control.Roster;
import org.cairn.session.entity.CourseRole;

/**
 * The students of a course as mastery sees them: the roster's active learners, in the roster's order (by name).
 * Callers own the transaction.
 */
@ApplicationScoped
public class ClassList {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Roster roster;

    /** Active members of the course (students and teachers), so views can name authors as well as students. */
    public List<Roster.Member> members(UUID courseId) {
        return roster.members(courseId);
    }

    public List<Roster.Member> students(UUID courseId) {
        return members(courseId).stream().filter(m -> m.role() == CourseRole.STUDENT).toList();
    }

    /** Whether the person is an active student of the course (a student of another course is not). */
    public boolean isStudent(UUID courseId, UUID personId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.courseId = :courseId AND e.personId = :personId"
                        + " AND e.active = TRUE AND e.role = :role", Long.class)
                .setParameter("courseId", courseId).setParameter("personId", personId)
                .setParameter("role", CourseRole.STUDENT).getSingleResult() > 0;
    }
}
