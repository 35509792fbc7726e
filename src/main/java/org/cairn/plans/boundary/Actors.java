package org.cairn.plans.boundary;

import java.util.Set;
import org.cairn.infra.i18n.Phrase;
import org.cairn.infra.problem.ProblemException;
import org.cairn.plans.entity.Actor;
import org.cairn.plans.entity.Role;
import org.cairn.session.boundary.CourseAccess;

/** The plans' {@link Actor} for the caller's session: person, course and role from {@link CourseAccess}. */
final class Actors {

    private Actors() {
    }

    /** A 401 without a valid session token; a 403 for a role plans do not know (neither teacher, student nor observer). */
    static Actor of(CourseAccess access) {
        Role role = switch (access.role()) {
            case TEACHER -> Role.TEACHER;
            case STUDENT -> Role.STUDENT;
            case OBSERVER -> Role.OBSERVER;
            // Only OTHER reaches here, so the sentence names it ("your role in this course is other").
            case OTHER -> throw ProblemException.forbidden(Phrase.of("plans.problem.roleNotInPlans"));
        };
        // Mentees (LTI role scope mentor) are not part of the session yet, so an observer follows nobody here.
        return new Actor(access.personId(), access.courseId(), role, Set.of());
    }
}
