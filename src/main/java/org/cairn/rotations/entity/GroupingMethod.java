package org.cairn.rotations.entity;

/** How a class is split. */
public enum GroupingMethod {
    /** Homogeneous: students at similar levels together, for targeted intervention. */
    SKILL,
    /** Heterogeneous: every group spans levels with a student at mastery where possible, for peer learning. */
    MIXED
}
