package org.cairn.grades.entity;

/** How a course's mastery goes into the LMS gradebook: a column per prioritized standard, or per planning period. */
public enum Grouping {
    STANDARD,
    PERIOD
}
