package org.cairn.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored level of a {@link MasteryScale}. */
@Embeddable
public class ScaleLevel {

    @Column(name = "ordinal", nullable = false)
    private int ordinal;

    @Column(name = "points", nullable = false)
    private double points;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "colour", nullable = false)
    private String colour;

    @Column(name = "mastery", nullable = false)
    private boolean mastery;

    protected ScaleLevel() {
        // JPA
    }

    ScaleLevel(int ordinal, Scale.Level level) {
        this.ordinal = ordinal;
        this.points = level.points();
        this.label = level.label();
        this.colour = level.colour();
        this.mastery = level.mastery();
    }

    int ordinal() {
        return ordinal;
    }

    Scale.Level toLevel() {
        return new Scale.Level(points, label, colour, mastery);
    }
}
