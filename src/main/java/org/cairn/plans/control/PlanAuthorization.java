package org.cairn.plans.control;

import java.util.UUID;
import org.cairn.infra.i18n.Phrase;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.LearningPlan;

/**
 * Who may do what in learning plans, as pure functions of the acting person's role in the course (from the
 * session's CourseAccess) and the plan's course and student. Every method returns normally or throws
 * {@link PlanAccessDenied} with the rule that refused (a phrase of i18n/plans*.properties). The rules:
 * <ul>
 *   <li>nobody acts on a course other than the one their session is for;</li>
 *   <li>a student reads and writes only their own plan: sets and updates their own goals, writes their own
 *       reflections and "about me"; never mastery, never anyone else's anything;</li>
 *   <li>a teacher reads every plan of their course and writes goals, notes and conferences, but does not write
 *       a student's reflections or "about me";</li>
 *   <li>an observer (mentor, parent) reads the summary of the students they follow, nothing more.</li>
 * </ul>
 */
public final class PlanAuthorization {

    private PlanAuthorization() {
    }

    public static void readPlan(Actor actor, LearningPlan plan) {
        readPlan(actor, plan.courseId(), plan.studentId());
    }

    public static void readPlan(Actor actor, UUID courseId, UUID studentId) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case TEACHER -> { }
            case STUDENT -> ownPlan(actor, studentId, "plans.problem.ownPlanOnlyRead");
            case OBSERVER -> throw new PlanAccessDenied(Phrase.of("plans.problem.observerSummaryOnly"));
        }
    }

    public static void readSummary(Actor actor, UUID courseId, UUID studentId) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case TEACHER -> { }
            case STUDENT -> ownPlan(actor, studentId, "plans.problem.ownPlanOnlyReadSummary");
            case OBSERVER -> {
                if (!actor.mentees().contains(studentId)) {
                    throw new PlanAccessDenied(Phrase.of("plans.problem.observerNotFollowing", String.valueOf(studentId)));
                }
            }
        }
    }

    /** The teacher overview and every list across students. */
    public static void readCoursePlans(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "plans.problem.teacherOnlyCoursePlans");
    }

    public static void writeGoal(Actor actor, LearningPlan plan) {
        writeGoal(actor, plan.courseId(), plan.studentId());
    }

    /** Setting, revising, recording progress on and changing the status of a goal. */
    public static void writeGoal(Actor actor, UUID courseId, UUID studentId) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case TEACHER -> { }
            case STUDENT -> ownPlan(actor, studentId, "plans.problem.ownPlanOnlyGoals");
            case OBSERVER -> throw new PlanAccessDenied(Phrase.of("plans.problem.observerNoGoals"));
        }
    }

    public static void writeReflection(Actor actor, LearningPlan plan) {
        writeReflection(actor, plan.courseId(), plan.studentId());
    }

    /** Reflections are the student's own words: only the student writes them. */
    public static void writeReflection(Actor actor, UUID courseId, UUID studentId) {
        studentSelf(actor, courseId, studentId, "plans.problem.ownPlanOnlyReflections",
                "plans.problem.studentOnlyReflectionsTeacher", "plans.problem.studentOnlyReflectionsObserver");
    }

    public static void writeAboutMe(Actor actor, LearningPlan plan) {
        writeAboutMe(actor, plan.courseId(), plan.studentId());
    }

    /** "About me" is the student's: only the student writes it and decides what is shared. */
    public static void writeAboutMe(Actor actor, UUID courseId, UUID studentId) {
        studentSelf(actor, courseId, studentId, "plans.problem.ownPlanOnlyAboutMe",
                "plans.problem.studentOnlyAboutMeTeacher", "plans.problem.studentOnlyAboutMeObserver");
    }

    /** Scheduling conferences, their slots and cadence, writing conference notes, agreeing goals in them. */
    public static void manageConferences(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "plans.problem.teacherOnlyConferences");
    }

    /** Planning periods, the plan template and reflection prompts. */
    public static void planCourse(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "plans.problem.teacherOnlyPlanCourse");
    }

    /** Mastery belongs to evidence a teacher records; plans never let a student change it. */
    public static void changeMastery(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "plans.problem.teacherOnlyMastery");
    }

    // The refusals are whole sentences per act (bundle keys), so that each reads naturally in every language.

    private static void studentSelf(Actor actor, UUID courseId, UUID studentId, String otherStudentKey,
                                    String teacherKey, String observerKey) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case STUDENT -> ownPlan(actor, studentId, otherStudentKey);
            case TEACHER -> throw new PlanAccessDenied(Phrase.of(teacherKey));
            case OBSERVER -> throw new PlanAccessDenied(Phrase.of(observerKey));
        }
    }

    /** {@code key}'s sentence ends "you are signed in as {0}": the role, phrased too ({@code plans.problem.role.*}). */
    private static void teacherOf(Actor actor, UUID courseId, String key) {
        sameCourse(actor, courseId);
        if (!actor.isTeacher()) {
            throw new PlanAccessDenied(Phrase.of(key, Phrase.of("plans.problem.role." + actor.role().name())));
        }
    }

    private static void ownPlan(Actor actor, UUID studentId, String key) {
        if (!actor.personId().equals(studentId)) {
            throw new PlanAccessDenied(Phrase.of(key));
        }
    }

    private static void sameCourse(Actor actor, UUID courseId) {
        if (!actor.courseId().equals(courseId)) {
            throw new PlanAccessDenied(Phrase.of("plans.problem.otherCourse", String.valueOf(actor.courseId()),
                    String.valueOf(courseId)));
        }
    }
}
