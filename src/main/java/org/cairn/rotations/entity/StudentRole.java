package org.cairn.rotations.entity;

/** What a student does in the rotation, which decides where they go when their group is at the teacher. */
public enum StudentRole {
    /** In the group that needs it most: meets the teacher-led station first. */
    INTERVENTION,
    /** Practises with the group. */
    PRACTICE,
    /** At mastery on every target standard in a skill grouping: extension work instead of the teacher-led station. */
    EXTENSION,
    /** At mastery on every target standard in a mixed grouping: tutors peers instead of the teacher-led station. */
    PEER_TUTOR
}
