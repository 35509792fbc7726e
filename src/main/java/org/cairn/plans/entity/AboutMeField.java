package org.cairn.plans.entity;

/** The fields of a student's "about me" profile. */
public enum AboutMeField {
    INTERESTS, STRENGTHS, HOW_I_LEARN_BEST, WHAT_TEACHERS_SHOULD_KNOW, FAMILY
}
