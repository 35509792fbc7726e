package org.cairn.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cairn.roster.entity.Course;
import org.cairn.roster.entity.Enrollment;
import org.cairn.roster.entity.Person;
import org.cairn.roster.entity.PersonDetails;
import org.cairn.roster.nrps.Member;

/**
 * Applies an NRPS membership to a course's enrollments: members join or update, members the LMS reports inactive
 * or no longer lists become inactive (never deleted: their evidence stays). Preview users (Blackboard's
 * TestUser) are not students. Reads existing rows in bulk, so a 5,000-member course is a handful of queries.
 * Callers own the transaction.
 */
@ApplicationScoped
public class RosterReconciliation {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "cairn")
    EntityManager em;

    @Inject
    Clock clock;

    /** Counts after a reconciliation. */
    public record Outcome(int active, int left) {
    }

    public Outcome apply(Course course, List<Member> members, boolean complete) {
        Instant now = clock.instant();
        Map<UUID, Enrollment> enrollments = new HashMap<>();
        for (Enrollment e : em.createQuery("SELECT e FROM Enrollment e WHERE e.courseId = :courseId", Enrollment.class)
                .setParameter("courseId", course.id()).getResultList()) {
            enrollments.put(e.personId(), e);
        }
        Map<String, Person> people = people(course.registrationId(), members);
        // New people first, flushed: enrollments reference them by a foreign key JPA does not see (no relation
        // is mapped), so EclipseLink would not order the inserts by itself.
        for (Member member : members) {
            if (member.testUser() || !member.active() || people.containsKey(member.userId())) continue;
            Person person = new Person(course.registrationId(), member.userId(), now);
            em.persist(person);
            people.put(member.userId(), person);
        }
        em.flush();
        Set<UUID> listed = new HashSet<>();
        int active = 0;
        for (Member member : members) {
            if (member.testUser()) continue;
            Person person = people.get(member.userId());
            Enrollment enrollment = person == null ? null : enrollments.get(person.id());
            if (!member.active()) {
                if (enrollment != null) enrollment.leave(now);
                if (person != null) listed.add(person.id());
                continue;
            }
            person.shared(new PersonDetails(member.name().orElse(null), member.givenName().orElse(null),
                    member.familyName().orElse(null), member.email().orElse(null)), now);
            listed.add(person.id());
            if (enrollment == null) {
                enrollment = new Enrollment(course.id(), person.id(), member.normalizedRoles(), now);
                em.persist(enrollment);
                enrollments.put(person.id(), enrollment);
            } else {
                enrollment.reportRoles(member.normalizedRoles(), now);
            }
            active++;
        }
        int left = 0;
        for (Enrollment enrollment : enrollments.values()) {
            boolean gone = complete && !listed.contains(enrollment.personId());
            if (gone) enrollment.leave(now);
            if (!enrollment.isActive()) left++;
        }
        return new Outcome(active, left);
    }

    private Map<String, Person> people(UUID registrationId, List<Member> members) {
        List<String> subs = members.stream().map(Member::userId).distinct().toList();
        Map<String, Person> found = new HashMap<>();
        for (int from = 0; from < subs.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(subs.subList(from, Math.min(subs.size(), from + CHUNK)));
            for (Person p : em.createQuery("SELECT p FROM Person p WHERE p.registrationId = :registrationId "
                            + "AND p.sub IN :subs", Person.class)
                    .setParameter("registrationId", registrationId).setParameter("subs", chunk).getResultList()) {
                found.put(p.sub(), p);
            }
        }
        return found;
    }
}
