package org.cairn.grades.entity;

/** What a Cairn line item grades: one standard's mastery, or a planning period's overall result. */
public enum LineItemKind {
    STANDARD,
    PERIOD
}
