package org.cairn.plans.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.AboutMe;
import org.cairn.plans.entity.AboutMeField;
import org.cairn.plans.entity.Visibility;

/**
 * Who may see one field of a student's "about me": the student always; the course's teachers only fields the
 * student shared with them; other students and observers never (ux.md: "about me" is for the student and their
 * course teachers only, so a parent sees what the student chose to tell them elsewhere, not here).
 */
public final class AboutMePrivacy {

    /** The viewer's relation to the student whose profile it is. */
    public enum Viewer {
        STUDENT_SELF, COURSE_TEACHER, OTHER_STUDENT, OBSERVER,
        /** Anyone acting from another course, a teacher there included. */
        OUTSIDE_COURSE
    }

    private AboutMePrivacy() {
    }

    public static boolean maySee(Viewer viewer, Visibility visibility) {
        return switch (viewer) {
            case STUDENT_SELF -> true;
            case COURSE_TEACHER -> visibility == Visibility.MY_TEACHERS;
            case OTHER_STUDENT, OBSERVER, OUTSIDE_COURSE -> false;
        };
    }

    public static boolean maySee(Viewer viewer, AboutMe profile, AboutMeField field) {
        return maySee(viewer, profile.visibility(field));
    }

    /** The fields this viewer may read, with their text; fields left empty are left out. */
    public static Map<AboutMeField, String> visibleTo(Viewer viewer, AboutMe profile) {
        Map<AboutMeField, String> visible = new EnumMap<>(AboutMeField.class);
        for (AboutMeField field : AboutMeField.values()) {
            if (maySee(viewer, profile, field)) {
                profile.text(field).ifPresent(text -> visible.put(field, text));
            }
        }
        return visible;
    }

    /** The viewer's relation, from the acting person's role in the profile's course. */
    public static Viewer viewerOf(Actor actor, UUID courseId, UUID studentId) {
        if (!actor.courseId().equals(courseId)) return Viewer.OUTSIDE_COURSE;
        return switch (actor.role()) {
            case STUDENT -> actor.personId().equals(studentId) ? Viewer.STUDENT_SELF : Viewer.OTHER_STUDENT;
            case TEACHER -> Viewer.COURSE_TEACHER;
            case OBSERVER -> Viewer.OBSERVER;
        };
    }
}
