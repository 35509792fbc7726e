package org.cairn.plans.entity;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, in which course and role: built by the REST layer from the session's CourseAccess.
 * {@code mentees} are the students an observer (LTI Mentor) follows; empty for everyone else.
 */
public record Actor(UUID personId, UUID courseId, Role role, Set<UUID> mentees) {

    public Actor {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(role, "role");
        mentees = mentees == null ? Set.of() : Set.copyOf(mentees);
    }

    public static Actor student(UUID personId, UUID courseId) {
        return new Actor(personId, courseId, Role.STUDENT, Set.of());
    }

    public static Actor teacher(UUID personId, UUID courseId) {
        return new Actor(personId, courseId, Role.TEACHER, Set.of());
    }

    public static Actor observer(UUID personId, UUID courseId, Set<UUID> mentees) {
        return new Actor(personId, courseId, Role.OBSERVER, mentees);
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    public boolean isTeacher() {
        return role == Role.TEACHER;
    }
}
