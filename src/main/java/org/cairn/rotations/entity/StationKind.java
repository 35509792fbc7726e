package org.cairn.rotations.entity;

/** What happens at a station. */
public enum StationKind {
    TEACHER_LED, COLLABORATIVE, INDEPENDENT, DIGITAL
}
