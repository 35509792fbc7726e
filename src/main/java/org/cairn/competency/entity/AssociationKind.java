package org.cairn.competency.entity;

import java.util.Optional;

/**
 * CASE association types Cairn keeps. isChildOf is not stored as an association: it becomes the standard's parent.
 * Progressions (precedes, isPrerequisiteOf) feed next-step recommendations; crosswalks (exactMatchOf, isRelatedTo)
 * link frameworks; the rest are kept as OTHER with their CASE name.
 */
public enum AssociationKind {
    IS_CHILD_OF("isChildOf"),
    PRECEDES("precedes"),
    IS_PREREQUISITE_OF("isPrerequisiteOf"),
    EXACT_MATCH_OF("exactMatchOf"),
    IS_RELATED_TO("isRelatedTo"),
    OTHER("");

    private final String caseName;

    AssociationKind(String caseName) {
        this.caseName = caseName;
    }

    public String caseName() {
        return caseName;
    }

    public static Optional<AssociationKind> ofCaseName(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        for (AssociationKind kind : values()) {
            if (kind != OTHER && kind.caseName.equalsIgnoreCase(name.trim())) return Optional.of(kind);
        }
        return Optional.of(OTHER);
    }

    public boolean progression() {
        return this == PRECEDES || this == IS_PREREQUISITE_OF;
    }

    public boolean crosswalk() {
        return this == EXACT_MATCH_OF || this == IS_RELATED_TO;
    }
}
