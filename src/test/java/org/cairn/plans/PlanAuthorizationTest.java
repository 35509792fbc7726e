package org.cairn.plans;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairn.plans.PlanFixtures.ANA;
import static org.cairn.plans.PlanFixtures.BEN;
import static org.cairn.plans.PlanFixtures.COURSE;
import static org.cairn.plans.PlanFixtures.OTHER_COURSE;
import static org.cairn.plans.PlanFixtures.TEACHER;
import static org.cairn.plans.PlanFixtures.ana;
import static org.cairn.plans.PlanFixtures.anasParent;
import static org.cairn.plans.PlanFixtures.ben;
import static org.cairn.plans.PlanFixtures.planOf;
import static org.cairn.plans.PlanFixtures.teacher;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cairn.plans.control.PlanAccessDenied;
import org.cairn.plans.control.PlanAuthorization;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.LearningPlan;
import org.junit.jupiter.api.Test;

class PlanAuthorizationTest {

    private final LearningPlan anasPlan = planOf(ANA);
    private final Actor otherCourseTeacher = Actor.teacher(TEACHER, OTHER_COURSE);

    private static void denied(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(PlanAccessDenied.class).hasMessage(message)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((PlanAccessDenied) e).problem().status())
                        .isEqualTo(403));
    }

    // Allowed

    @Test
    void aStudentReadsAndWritesTheirOwnPlan() {
        assertThatCode(() -> {
            PlanAuthorization.readPlan(ana(), anasPlan);
            PlanAuthorization.readSummary(ana(), COURSE, ANA);
            PlanAuthorization.writeGoal(ana(), anasPlan);
            PlanAuthorization.writeReflection(ana(), anasPlan);
            PlanAuthorization.writeAboutMe(ana(), anasPlan);
        }).doesNotThrowAnyException();
    }

    @Test
    void aTeacherReadsEveryPlanAndWritesGoalsAndConferences() {
        assertThatCode(() -> {
            PlanAuthorization.readPlan(teacher(), anasPlan);
            PlanAuthorization.readCoursePlans(teacher(), COURSE);
            PlanAuthorization.writeGoal(teacher(), anasPlan);
            PlanAuthorization.manageConferences(teacher(), COURSE);
            PlanAuthorization.planCourse(teacher(), COURSE);
            PlanAuthorization.changeMastery(teacher(), COURSE);
        }).doesNotThrowAnyException();
    }

    @Test
    void anObserverReadsTheSummaryOfAStudentTheyFollow() {
        assertThatCode(() -> PlanAuthorization.readSummary(anasParent(), COURSE, ANA)).doesNotThrowAnyException();
    }

    // Student denials

    @Test
    void aStudentCannotReadAnotherStudentsPlan() {
        denied(() -> PlanAuthorization.readPlan(ben(), anasPlan),
                "A student may read their own plan only, not another student's");
    }

    @Test
    void aStudentCannotReadAnotherStudentsSummary() {
        denied(() -> PlanAuthorization.readSummary(ben(), COURSE, ANA),
                "A student may read the summary of their own plan only, not another student's");
    }

    @Test
    void aStudentCannotSetGoalsInAnotherStudentsPlan() {
        denied(() -> PlanAuthorization.writeGoal(ben(), anasPlan),
                "A student may set or change goals in their own plan only, not another student's");
    }

    @Test
    void aStudentCannotWriteAnotherStudentsReflection() {
        denied(() -> PlanAuthorization.writeReflection(ben(), anasPlan),
                "A student may write reflections in their own plan only, not another student's");
    }

    @Test
    void aStudentCannotWriteAnotherStudentsAboutMe() {
        denied(() -> PlanAuthorization.writeAboutMe(ben(), anasPlan),
                "A student may write the \"about me\" of their own plan only, not another student's");
    }

    @Test
    void aStudentCannotChangeMastery() {
        denied(() -> PlanAuthorization.changeMastery(ana(), COURSE),
                "Only a teacher of the course may change mastery levels; you are signed in as student");
    }

    @Test
    void aStudentCannotSeeTheCourseOverview() {
        denied(() -> PlanAuthorization.readCoursePlans(ana(), COURSE),
                "Only a teacher of the course may see the plans of the whole course; you are signed in as student");
    }

    @Test
    void aStudentCannotScheduleConferencesOrWriteTheirNotes() {
        denied(() -> PlanAuthorization.manageConferences(ana(), COURSE),
                "Only a teacher of the course may schedule conferences or write conference notes; you are signed in as student");
    }

    @Test
    void aStudentCannotChangePeriodsOrPrompts() {
        denied(() -> PlanAuthorization.planCourse(ana(), COURSE),
                "Only a teacher of the course may change planning periods, prompts or the plan template; you are signed in as student");
    }

    @Test
    void aStudentCannotActInAnotherCourse() {
        denied(() -> PlanAuthorization.readPlan(Actor.student(ANA, OTHER_COURSE), anasPlan),
                "This session is for course " + OTHER_COURSE + ", not course " + COURSE);
    }

    // Teacher denials

    @Test
    void aTeacherCannotWriteAStudentsReflection() {
        denied(() -> PlanAuthorization.writeReflection(teacher(), anasPlan),
                "Only the student may write reflections in their own plan; a teacher reads it");
    }

    @Test
    void aTeacherCannotWriteAStudentsAboutMe() {
        denied(() -> PlanAuthorization.writeAboutMe(teacher(), anasPlan),
                "Only the student may write the \"about me\" of their own plan; a teacher reads it");
    }

    @Test
    void aTeacherOfAnotherCourseCannotReadThePlan() {
        denied(() -> PlanAuthorization.readPlan(otherCourseTeacher, anasPlan),
                "This session is for course " + OTHER_COURSE + ", not course " + COURSE);
    }

    @Test
    void aTeacherOfAnotherCourseCannotSeeThisCoursesOverview() {
        denied(() -> PlanAuthorization.readCoursePlans(otherCourseTeacher, COURSE),
                "This session is for course " + OTHER_COURSE + ", not course " + COURSE);
    }

    @Test
    void aTeacherOfAnotherCourseCannotManageItsConferences() {
        denied(() -> PlanAuthorization.manageConferences(otherCourseTeacher, COURSE),
                "This session is for course " + OTHER_COURSE + ", not course " + COURSE);
    }

    // Observer denials

    @Test
    void anObserverCannotReadTheWholePlan() {
        denied(() -> PlanAuthorization.readPlan(anasParent(), anasPlan),
                "An observer sees the summary of a plan only, not the whole plan");
    }

    @Test
    void anObserverCannotReadTheSummaryOfAStudentTheyDoNotFollow() {
        denied(() -> PlanAuthorization.readSummary(anasParent(), COURSE, BEN),
                "An observer sees the summaries of the students they follow only; student " + BEN + " is not one of them");
    }

    @Test
    void anObserverCannotSetGoals() {
        denied(() -> PlanAuthorization.writeGoal(anasParent(), anasPlan),
                "An observer reads a summary only and cannot set or change goals");
    }

    @Test
    void anObserverCannotWriteReflections() {
        denied(() -> PlanAuthorization.writeReflection(anasParent(), anasPlan),
                "Only the student may write reflections in their own plan; an observer reads a summary only");
    }

    @Test
    void anObserverCannotWriteAboutMe() {
        denied(() -> PlanAuthorization.writeAboutMe(anasParent(), anasPlan),
                "Only the student may write the \"about me\" of their own plan; an observer reads a summary only");
    }

    @Test
    void anObserverCannotSeeTheOverviewOrManageConferences() {
        denied(() -> PlanAuthorization.readCoursePlans(anasParent(), COURSE),
                "Only a teacher of the course may see the plans of the whole course; you are signed in as observer");
        denied(() -> PlanAuthorization.manageConferences(anasParent(), COURSE),
                "Only a teacher of the course may schedule conferences or write conference notes; you are signed in as observer");
    }

    @Test
    void anObserverCannotChangeMastery() {
        denied(() -> PlanAuthorization.changeMastery(anasParent(), COURSE),
                "Only a teacher of the course may change mastery levels; you are signed in as observer");
    }
}
