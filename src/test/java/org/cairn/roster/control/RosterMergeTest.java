package org.cairn.roster.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cairn.roster.entity.Enrollment;
import org.cairn.roster.entity.Person;
import org.cairn.roster.entity.RosterSyncMode;
import org.cairn.roster.nrps.Member;
import org.cairn.roster.nrps.MemberStatus;
import org.cairn.session.entity.CourseRole;
import org.junit.jupiter.api.Test;

class RosterMergeTest {

    private static final Instant BEFORE = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    private static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    private final UUID courseId = UUID.randomUUID();
    private final UUID registrationId = UUID.randomUUID();
    private final List<Person> people = new ArrayList<>();
    private final List<Enrollment> enrollments = new ArrayList<>();

    /** A course of Ana, Liam and Noah, students, and Rivera, the teacher. */
    private final Enrollment ana = enrolled("ana", LEARNER);
    private final Enrollment liam = enrolled("liam", LEARNER);
    private final Enrollment noah = enrolled("noah", LEARNER);
    private final Enrollment rivera = enrolled("rivera", INSTRUCTOR);

    private Enrollment enrolled(String sub, String role) {
        Person person = new Person(registrationId, sub, BEFORE);
        people.add(person);
        Enrollment enrollment = new Enrollment(courseId, person.id(), List.of(role), BEFORE);
        enrollments.add(enrollment);
        return enrollment;
    }

    private RosterMerge merge() {
        return new RosterMerge(courseId, registrationId, enrollments, people, NOW);
    }

    private static Member member(String sub, MemberStatus status, String name, String... roles) {
        return new Member(sub, status, List.of(roles), Optional.ofNullable(name), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private Person person(String sub) {
        return people.stream().filter(p -> p.sub().equals(sub)).findFirst().orElseThrow();
    }

    @Test
    void aMemberAddedInTheDifferencesJoinsAsAnActiveStudent() {
        RosterMerge merge = merge();

        RosterMerge.Outcome outcome = merge.apply(List.of(member("mei", MemberStatus.ACTIVE, "Mei Chen", LEARNER)),
                RosterSyncMode.DIFFERENCES);

        assertThat(merge.joinedPeople()).singleElement().satisfies(p -> {
            assertThat(p.sub()).isEqualTo("mei");
            assertThat(p.displayName()).isEqualTo("Mei Chen");
        });
        assertThat(merge.joinedEnrollments()).singleElement().satisfies(e -> {
            assertThat(e.isActive()).isTrue();
            assertThat(e.role()).isEqualTo(CourseRole.STUDENT);
        });
        assertThat(outcome).isEqualTo(new RosterMerge.Outcome(5, 0));
    }

    @Test
    void aChangedRoleAndNameInTheDifferencesAreApplied() {
        RosterMerge merge = merge();

        merge.apply(List.of(member("liam", MemberStatus.ACTIVE, "Liam Nguyen-Park", "TeachingAssistant")),
                RosterSyncMode.DIFFERENCES);

        assertThat(liam.role()).isEqualTo(CourseRole.TEACHER);
        assertThat(person("liam").displayName()).isEqualTo("Liam Nguyen-Park");
        assertThat(merge.joinedPeople()).isEmpty();
        assertThat(merge.joinedEnrollments()).isEmpty();
    }

    @Test
    void aDeletedMemberInTheDifferencesBecomesInactiveAndIsKept() {
        RosterMerge merge = merge();

        RosterMerge.Outcome outcome = merge.apply(List.of(member("noah", MemberStatus.DELETED, null)),
                RosterSyncMode.DIFFERENCES);

        assertThat(noah.isActive()).isFalse();
        assertThat(enrollments).contains(noah);
        assertThat(outcome).isEqualTo(new RosterMerge.Outcome(3, 1));
    }

    @Test
    void anInactiveMemberInTheDifferencesBecomesInactive() {
        merge().apply(List.of(member("ana", MemberStatus.INACTIVE, "Ana García", LEARNER)), RosterSyncMode.DIFFERENCES);

        assertThat(ana.isActive()).isFalse();
    }

    @Test
    void membersAbsentFromTheDifferencesAreLeftAlone() {
        liam.leave(BEFORE);

        RosterMerge.Outcome outcome = merge().apply(List.of(member("noah", MemberStatus.DELETED, null)),
                RosterSyncMode.DIFFERENCES);

        assertThat(ana.isActive()).isTrue();
        assertThat(rivera.isActive()).isTrue();
        assertThat(rivera.role()).isEqualTo(CourseRole.TEACHER);
        assertThat(liam.isActive()).as("an earlier leaver stays inactive").isFalse();
        assertThat(outcome).isEqualTo(new RosterMerge.Outcome(2, 2));
    }

    @Test
    void anEmptyDifferenceSetChangesNothing() {
        RosterMerge.Outcome outcome = merge().apply(List.of(), RosterSyncMode.DIFFERENCES);

        assertThat(enrollments).allMatch(Enrollment::isActive);
        assertThat(outcome).isEqualTo(new RosterMerge.Outcome(4, 0));
    }

    @Test
    void aFullReadMakesEveryoneItDoesNotListInactive() {
        RosterMerge.Outcome outcome = merge().apply(List.of(member("ana", MemberStatus.ACTIVE, null, LEARNER),
                member("rivera", MemberStatus.ACTIVE, null, INSTRUCTOR)), RosterSyncMode.FULL);

        assertThat(liam.isActive()).isFalse();
        assertThat(noah.isActive()).isFalse();
        assertThat(ana.isActive()).isTrue();
        assertThat(outcome).isEqualTo(new RosterMerge.Outcome(2, 2));
    }

    @Test
    void aDeletedMemberCairnNeverKnewIsNotCreated() {
        RosterMerge merge = merge();

        merge.apply(List.of(member("stranger", MemberStatus.DELETED, null)), RosterSyncMode.DIFFERENCES);

        assertThat(merge.joinedPeople()).isEmpty();
        assertThat(merge.joinedEnrollments()).isEmpty();
    }

    @Test
    void aMemberWhoReturnsInTheDifferencesIsActiveAgain() {
        noah.leave(BEFORE);

        merge().apply(List.of(member("noah", MemberStatus.ACTIVE, null, LEARNER)), RosterSyncMode.DIFFERENCES);

        assertThat(noah.isActive()).isTrue();
    }

    @Test
    void aPreviewUserInTheDifferencesIsNotEnrolled() {
        RosterMerge merge = merge();

        merge.apply(List.of(member("preview", MemberStatus.ACTIVE, null, LEARNER, Member.TEST_USER_ROLE)),
                RosterSyncMode.DIFFERENCES);

        assertThat(merge.joinedEnrollments()).isEmpty();
    }
}
