package org.cairn.grades.entity;

/**
 * What Cairn asks the platform to create: the label teachers see, the maximum, and the tag and resourceId by
 * which Cairn finds the column again (a course copy or a lost URL must not create a second one).
 */
public record NewLineItem(String label, double scoreMaximum, String tag, String resourceId) {

    public NewLineItem {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("a line item needs a label");
        if (!(scoreMaximum > 0)) throw new IllegalArgumentException("scoreMaximum must be positive, not " + scoreMaximum);
    }
}
