package org.cairn.competency.entity;

/** What kind of skill a course standard is: academic, a habit of success, or social-emotional. */
public enum StandardCategory {
    ACADEMIC, HABIT, SOCIAL_EMOTIONAL
}
