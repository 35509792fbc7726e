package org.cairn.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.roster.entity.Course;
import org.cairn.roster.entity.Enrollment;
import org.cairn.roster.entity.Person;
import org.cairn.roster.entity.PersonDetails;
import org.cairn.session.entity.CourseRole;

/** Upserts and reads people, courses and enrollments. Callers own the transaction. */
@ApplicationScoped
public class Roster {

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    /** One row of a course's roster. {@code name} is null when the platform shares no names. */
    public record Member(UUID personId, String sub, String name, CourseRole role) {
    }

    public Person person(UUID registrationId, String sub, PersonDetails details) {
        Instant now = clock.instant();
        Person person = em.createNamedQuery("Person.byRegistrationAndSub", Person.class)
                .setParameter("registrationId", registrationId).setParameter("sub", sub)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Person created = new Person(registrationId, sub, now);
                    em.persist(created);
                    return created;
                });
        person.shared(details, now);
        return person;
    }

    public Course course(UUID registrationId, UUID deploymentId, String contextId, String title, String label) {
        Instant now = clock.instant();
        Course course = em.createNamedQuery("Course.byRegistrationAndContext", Course.class)
                .setParameter("registrationId", registrationId).setParameter("contextId", contextId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Course created = new Course(registrationId, deploymentId, contextId, now);
                    em.persist(created);
                    return created;
                });
        course.describe(title, label, deploymentId, now);
        return course;
    }

    public Enrollment enroll(Course course, Person person, List<String> roles) {
        Instant now = clock.instant();
        Optional<Enrollment> existing = em.createNamedQuery("Enrollment.byCourseAndPerson", Enrollment.class)
                .setParameter("courseId", course.id()).setParameter("personId", person.id())
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().reportRoles(roles, now);
            return existing.get();
        }
        Enrollment enrollment = new Enrollment(course.id(), person.id(), roles, now);
        em.persist(enrollment);
        return enrollment;
    }

    public Optional<Course> course(UUID id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    /**
     * The course, its row locked until the transaction ends. Rows another feature keeps per course that must not
     * overlap, and have no key for simultaneous inserts to collide on (plans' planning periods), are added under
     * it: the course row exists for every course a session names, so it is the one row they can all wait on.
     */
    public Optional<Course> courseLocked(UUID id) {
        return Optional.ofNullable(em.find(Course.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Active members of a course, teachers first, then by name (people without a shared name last, by sub). */
    public List<Member> members(UUID courseId) {
        List<Object[]> rows = em.createQuery("SELECT p, e.role FROM Enrollment e, Person p "
                        + "WHERE e.courseId = :courseId AND e.active = TRUE AND p.id = e.personId", Object[].class)
                .setParameter("courseId", courseId).getResultList();
        return rows.stream()
                .map(row -> {
                    Person p = (Person) row[0];
                    return new Member(p.id(), p.sub(), p.displayName(), (CourseRole) row[1]);
                })
                .sorted(java.util.Comparator.comparing(Member::role)
                        .thenComparing(m -> m.name() == null ? "\uffff" + m.sub() : m.name(),
                                String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
