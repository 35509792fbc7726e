package org.cairn.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cairn.roster.entity.Course;
import org.cairn.roster.entity.Enrollment;
import org.cairn.roster.entity.Person;
import org.cairn.roster.entity.RosterSyncMode;
import org.cairn.roster.nrps.Member;

/**
 * Applies an NRPS membership read to a course's enrollments by the rules of {@link RosterMerge}. Reads existing
 * rows in bulk, so a 5,000-member course is a handful of queries. Callers own the transaction.
 */
@ApplicationScoped
public class RosterReconciliation {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    public RosterMerge.Outcome apply(Course course, List<Member> members, RosterSyncMode mode) {
        List<Enrollment> enrollments = em.createQuery("SELECT e FROM Enrollment e WHERE e.courseId = :courseId",
                Enrollment.class).setParameter("courseId", course.id()).getResultList();
        RosterMerge merge = new RosterMerge(course.id(), course.registrationId(), enrollments,
                people(course, members), clock.instant());
        RosterMerge.Outcome outcome = merge.apply(members, mode);
        // New people first, flushed: enrollments reference them by a foreign key JPA does not see (no relation
        // is mapped), so EclipseLink would not order the inserts by itself.
        merge.joinedPeople().forEach(em::persist);
        em.flush();
        merge.joinedEnrollments().forEach(em::persist);
        return outcome;
    }

    private List<Person> people(Course course, List<Member> members) {
        List<String> subs = members.stream().map(Member::userId).distinct().toList();
        List<Person> found = new ArrayList<>();
        for (int from = 0; from < subs.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(subs.subList(from, Math.min(subs.size(), from + CHUNK)));
            found.addAll(em.createQuery("SELECT p FROM Person p WHERE p.registrationId = :registrationId "
                            + "AND p.sub IN :subs", Person.class)
                    .setParameter("registrationId", course.registrationId()).setParameter("subs", chunk)
                    .getResultList());
        }
        return found;
    }
}
