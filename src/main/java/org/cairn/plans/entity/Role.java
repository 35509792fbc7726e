package org.cairn.plans.entity;

/** The role a person acts in within one course, as the session's CourseAccess reports it. */
public enum Role {
    STUDENT, TEACHER, OBSERVER
}
