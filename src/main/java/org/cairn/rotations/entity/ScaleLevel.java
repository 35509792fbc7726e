package org.cairn.rotations.entity;

/** One level of a mastery scale: its points and the label teachers use (Developing). */
public record ScaleLevel(int points, String label) {

    public ScaleLevel {
        if (label == null || label.isBlank()) {
            throw RotationRejected.invalid(Breach.Constraint.SCALE, "the scale level of " + points + " points has no label");
        }
    }
}
