package org.cairn.roster.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.cairn.roster.entity.Enrollment;
import org.cairn.roster.entity.Person;
import org.cairn.roster.entity.PersonDetails;
import org.cairn.roster.entity.RosterSyncMode;
import org.cairn.roster.nrps.Member;

/**
 * The rules of applying one membership read to a course, on its rows already loaded: listed active members join
 * or update (names, roles), members reported {@code Inactive} or {@code Deleted} leave, and after a full read the
 * people it did not list leave too; after a differences read (NRPS 2.0 §2.4.2) they are left alone, because a
 * change list names only who changed. Leaving makes an enrollment inactive, never deletes it: evidence stays.
 * Preview users (Blackboard's TestUser) are not students. Persists nothing: the people and enrollments it creates
 * are handed back for the caller to persist, people first.
 */
public final class RosterMerge {

    private final UUID courseId;
    private final UUID registrationId;
    private final Instant now;
    private final Map<UUID, Enrollment> enrollments = new LinkedHashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final List<Person> joinedPeople = new ArrayList<>();
    private final List<Enrollment> joinedEnrollments = new ArrayList<>();

    /** {@code enrollments}: all of the course's; {@code people}: at least those the members name. */
    public RosterMerge(UUID courseId, UUID registrationId, Collection<Enrollment> enrollments,
                       Collection<Person> people, Instant now) {
        this.courseId = Objects.requireNonNull(courseId);
        this.registrationId = Objects.requireNonNull(registrationId);
        this.now = Objects.requireNonNull(now);
        enrollments.forEach(e -> this.enrollments.put(e.personId(), e));
        people.forEach(p -> this.people.put(p.sub(), p));
    }

    /** Counts over the whole course after a reconciliation. */
    public record Outcome(int active, int left) {
    }

    public Outcome apply(List<Member> members, RosterSyncMode mode) {
        Set<UUID> listed = new HashSet<>();
        for (Member member : members) {
            if (member.testUser()) continue;
            Person person = people.get(member.userId());
            if (!member.active()) {
                // NRPS 2.0 §2.3: Inactive and Deleted members are no longer part of the course.
                if (person == null) continue;
                listed.add(person.id());
                Enrollment enrollment = enrollments.get(person.id());
                if (enrollment != null) enrollment.leave(now);
                continue;
            }
            if (person == null) {
                person = new Person(registrationId, member.userId(), now);
                people.put(member.userId(), person);
                joinedPeople.add(person);
            }
            person.shared(new PersonDetails(member.name().orElse(null), member.givenName().orElse(null),
                    member.familyName().orElse(null), member.email().orElse(null)), now);
            listed.add(person.id());
            Enrollment enrollment = enrollments.get(person.id());
            if (enrollment == null) {
                enrollment = new Enrollment(courseId, person.id(), member.normalizedRoles(), now);
                enrollments.put(person.id(), enrollment);
                joinedEnrollments.add(enrollment);
            } else {
                enrollment.reportRoles(member.normalizedRoles(), now);
            }
        }
        int active = 0;
        for (Enrollment enrollment : enrollments.values()) {
            if (mode == RosterSyncMode.FULL && !listed.contains(enrollment.personId())) enrollment.leave(now);
            if (enrollment.isActive()) active++;
        }
        return new Outcome(active, enrollments.size() - active);
    }

    /** People this merge created, to persist before {@link #joinedEnrollments()}. */
    public List<Person> joinedPeople() {
        return List.copyOf(joinedPeople);
    }

    public List<Enrollment> joinedEnrollments() {
        return List.copyOf(joinedEnrollments);
    }
}
