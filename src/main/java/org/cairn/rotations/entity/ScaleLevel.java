package org.cairn.rotations.entity;

import org.cairn.infra.i18n.Phrase;

/** One level of a mastery scale: its points and the label teachers use (Developing). */
public record ScaleLevel(int points, String label) {

    public ScaleLevel {
        if (label == null || label.isBlank()) {
            throw RotationRejected.invalid(Breach.Constraint.SCALE, Phrase.of("rotations.problem.levelNoLabel", String.valueOf(points)));
        }
    }
}
