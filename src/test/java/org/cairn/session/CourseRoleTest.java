package org.cairn.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cairn.session.entity.CourseRole;
import org.junit.jupiter.api.Test;

/** lti-checklist §6: course roles come from context roles only. */
class CourseRoleTest {

    static final String M = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    @Test
    void instructorTeachingAssistantContentDeveloperAndCourseAdministratorTeach() {
        for (String role : List.of("Instructor", "TeachingAssistant", "ContentDeveloper", "Administrator")) {
            assertThat(CourseRole.of(List.of(M + role))).as(role).isEqualTo(CourseRole.TEACHER);
            assertThat(CourseRole.of(List.of(role))).as("short " + role).isEqualTo(CourseRole.TEACHER);
        }
    }

    @Test
    void aTeachingAssistantSubRoleTeaches() {
        assertThat(CourseRole.of(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")))
                .isEqualTo(CourseRole.TEACHER);
    }

    @Test
    void learnersAreStudentsAndMentorsObservers() {
        assertThat(CourseRole.of(List.of(M + "Learner"))).isEqualTo(CourseRole.STUDENT);
        assertThat(CourseRole.of(List.of("Learner"))).isEqualTo(CourseRole.STUDENT);
        assertThat(CourseRole.of(List.of(M + "Mentor"))).isEqualTo(CourseRole.OBSERVER);
    }

    @Test
    void anInstitutionOrSystemAdministratorAloneIsNotATeacher() {
        assertThat(CourseRole.of(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"))).isEqualTo(CourseRole.OTHER);
    }

    @Test
    void emptyAndUnknownRolesAreOther() {
        assertThat(CourseRole.of(List.of())).isEqualTo(CourseRole.OTHER);
        assertThat(CourseRole.of(List.of(""))).isEqualTo(CourseRole.OTHER);
        assertThat(CourseRole.of(List.of("http://purl.imsglobal.org/vocab/lis/v2/unknown/unknown#Helper")))
                .isEqualTo(CourseRole.OTHER);
    }

    @Test
    void teacherWinsOverStudent() {
        assertThat(CourseRole.of(List.of(M + "Learner", M + "Instructor"))).isEqualTo(CourseRole.TEACHER);
    }
}
