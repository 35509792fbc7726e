package org.cairn.rotations.entity;

/**
 * What a target standard without evidence means for grouping. Either way the explanation says "no evidence on
 * 6.RP.2" so the teacher sees it.
 */
public enum MissingEvidence {
    /** Count it as the lowest level: the student is treated as needing it until evidence shows otherwise. */
    COUNT_AS_LOWEST,
    /** Leave it out of the student's mean; a student with no evidence at all counts as the lowest level. */
    LEAVE_OUT
}
