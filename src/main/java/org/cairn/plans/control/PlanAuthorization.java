package org.cairn.plans.control;

import java.util.UUID;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.LearningPlan;

/**
 * Who may do what in learning plans, as pure functions of the acting person's role in the course (from the
 * session's CourseAccess) and the plan's course and student. Every method returns normally or throws
 * {@link PlanAccessDenied} with the rule that refused. The rules:
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
            case STUDENT -> ownPlan(actor, studentId, "read");
            case OBSERVER -> throw new PlanAccessDenied("An observer sees the summary of a plan only, not the whole plan");
        }
    }

    public static void readSummary(Actor actor, UUID courseId, UUID studentId) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case TEACHER -> { }
            case STUDENT -> ownPlan(actor, studentId, "read the summary of");
            case OBSERVER -> {
                if (!actor.mentees().contains(studentId)) {
                    throw new PlanAccessDenied("An observer sees the summaries of the students they follow only; student "
                            + studentId + " is not one of them");
                }
            }
        }
    }

    /** The teacher overview and every list across students. */
    public static void readCoursePlans(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "see the plans of the whole course");
    }

    public static void writeGoal(Actor actor, LearningPlan plan) {
        writeGoal(actor, plan.courseId(), plan.studentId());
    }

    /** Setting, revising, recording progress on and changing the status of a goal. */
    public static void writeGoal(Actor actor, UUID courseId, UUID studentId) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case TEACHER -> { }
            case STUDENT -> ownPlan(actor, studentId, "set or change goals in");
            case OBSERVER -> throw new PlanAccessDenied("An observer reads a summary only and cannot set or change goals");
        }
    }

    public static void writeReflection(Actor actor, LearningPlan plan) {
        writeReflection(actor, plan.courseId(), plan.studentId());
    }

    /** Reflections are the student's own words: only the student writes them. */
    public static void writeReflection(Actor actor, UUID courseId, UUID studentId) {
        studentSelf(actor, courseId, studentId, "write reflections in");
    }

    public static void writeAboutMe(Actor actor, LearningPlan plan) {
        writeAboutMe(actor, plan.courseId(), plan.studentId());
    }

    /** "About me" is the student's: only the student writes it and decides what is shared. */
    public static void writeAboutMe(Actor actor, UUID courseId, UUID studentId) {
        studentSelf(actor, courseId, studentId, "write the \"about me\" of");
    }

    /** Scheduling conferences, their slots and cadence, writing conference notes, agreeing goals in them. */
    public static void manageConferences(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "schedule conferences or write conference notes");
    }

    /** Planning periods, the plan template and reflection prompts. */
    public static void planCourse(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "change planning periods, prompts or the plan template");
    }

    /** Mastery belongs to evidence a teacher records; plans never let a student change it. */
    public static void changeMastery(Actor actor, UUID courseId) {
        teacherOf(actor, courseId, "change mastery levels");
    }

    private static void studentSelf(Actor actor, UUID courseId, UUID studentId, String what) {
        sameCourse(actor, courseId);
        switch (actor.role()) {
            case STUDENT -> ownPlan(actor, studentId, what);
            case TEACHER -> throw new PlanAccessDenied("Only the student may " + what + " their own plan; a teacher reads it");
            case OBSERVER -> throw new PlanAccessDenied("Only the student may " + what + " their own plan; an observer reads a summary only");
        }
    }

    private static void teacherOf(Actor actor, UUID courseId, String what) {
        sameCourse(actor, courseId);
        if (!actor.isTeacher()) {
            throw new PlanAccessDenied("Only a teacher of the course may " + what + "; you are signed in as "
                    + actor.role().name().toLowerCase());
        }
    }

    private static void ownPlan(Actor actor, UUID studentId, String what) {
        if (!actor.personId().equals(studentId)) {
            throw new PlanAccessDenied("A student may " + what + " their own plan only, not another student's");
        }
    }

    private static void sameCourse(Actor actor, UUID courseId) {
        if (!actor.courseId().equals(courseId)) {
            throw new PlanAccessDenied("This session is for course " + actor.courseId() + ", not course " + courseId);
        }
    }
}
